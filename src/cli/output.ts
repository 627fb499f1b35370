// Writing to the target output-target.ts chose. A file is written to a temporary name
// beside it and renamed into place when complete, so an interrupted or failed run never
// leaves half a file; temporary files of runs that were killed (SIGKILL gives no chance
// to clean up) are removed by the next run that writes the same target. A closed pipe
// (extract … | head -1) ends the run quietly.
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { UsageError } from './common.js';
import { why, type OutputTarget } from './output-target.js';
import type { WholeFile } from '../emit/workbook.js';

export interface Sink {
  write(s: string): Promise<void>;
  /** Completes the output (renames a file into place). */
  close(): Promise<void>;
  /** Removes a partial file after a failure. */
  abort(): void;
}

/** The reader went away: the run ends quietly, as `cat` does. */
export class ClosedPipe extends Error {}

/** The output failed after the run began (a full disk): one line, exit 2; a file target is left as it was. */
export class OutputFailed extends Error {}

const CLOSED = new Set(['EPIPE', 'ECONNRESET']);

/** Opens the target before any work starts; what cannot be opened is a UsageError. */
export async function openSink(target: OutputTarget, onNote: (message: string) => void): Promise<Sink> {
  switch (target.kind) {
    case 'stdout':
      return stdoutSink();
    case 'file':
      return fileSink(target, onNote);
    case 'stream':
      return streamSink(target.name, target.file);
    case 'socket':
      return socketSink(target.name, target.file);
  }
}

/**
 * Writes and waits only when the stream asks to (back-pressure). No write callback:
 * callbacks run on the next tick, and a run that is all synchronous work would keep
 * every callback, and the text it closes over, until the end.
 */
async function writeTo(stream: NodeJS.WritableStream, s: string): Promise<void> {
  if (s && !stream.write(s)) await once(stream, 'drain');
}

/** A closed pipe is noticed by the handler main() sets on stdout, or here when a write fails. */
function stdoutSink(): Sink {
  return {
    async write(s) {
      try {
        await writeTo(process.stdout, s);
      } catch (e) {
        if (CLOSED.has((e as NodeJS.ErrnoException).code ?? '')) throw new ClosedPipe();
        throw new OutputFailed(`cannot write to standard output: ${why(e)}`);
      }
    },
    close: async () => {},
    abort: () => {},
  };
}

/** `.facts.jsonl.4242.tmp` beside `facts.jsonl`: the process's id says whether its run is alive. */
export const tempName = (file: string, pid: number) =>
  path.join(path.dirname(file), `.${path.basename(file)}.${pid}.tmp`);

function fileSink(target: Extract<OutputTarget, { kind: 'file' }>, onNote: (message: string) => void): Sink {
  for (const stale of removeStaleTemps(target.file)) onNote(`removed ${stale}, left by an interrupted run`);
  const tmp = tempName(target.file, process.pid);
  const fd = openTemp(target.name, tmp, target.mode);
  const failed = (e: unknown) => new OutputFailed(`-o ${target.name}: cannot write: ${why(e)}; it is left as it was`);
  let done = false;
  const cleanup = () => {
    if (done) return;
    done = true;
    try {
      fs.closeSync(fd);
    } catch {}
    try {
      fs.unlinkSync(tmp);
    } catch {}
  };
  // Interrupted (Ctrl-C, a CI job cancelled): remove the partial file and end as the
  // signal would have. Without a handler Node would exit at once, skipping 'exit' handlers.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('exit', cleanup);
  // on, not once: a second signal during the clean-up (Ctrl-C reaches this process, and again
  // through the parent that restarted it on huge pages) must not find the default action back.
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  return {
    async write(s) {
      try {
        if (s) writeAll(fd, s);
      } catch (e) {
        throw failed(e);
      }
    },
    async close() {
      try {
        // On disk before it takes the name: a crash right after the rename leaves the new file, not an empty one.
        fs.fsyncSync(fd);
        fs.renameSync(tmp, target.file);
      } catch (e) {
        cleanup();
        throw failed(e);
      }
      done = true;
      fs.closeSync(fd);
    },
    abort: cleanup,
  };
}

/**
 * Every byte, or an error: a write may take fewer bytes than it was given and say so
 * only by its count (at a file size limit the first write is cut short, the next fails).
 */
function writeAll(fd: number, s: string): void {
  const bytes = Buffer.from(s);
  for (let at = 0; at < bytes.length;) at += fs.writeSync(fd, bytes, at);
}

/** The temporary file, created now: creating it is the surest test that the folder takes files. */
function openTemp(name: string, tmp: string, mode: number | null): number {
  const open = () => fs.openSync(tmp, 'wx', 0o666);
  let fd: number;
  try {
    fd = open();
  } catch (e) {
    // A file with this process's id can only be a killed run's whose id was reused: stale.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw new UsageError(`-o ${name}: cannot write: ${why(e)}`);
    fs.unlinkSync(tmp);
    fd = open();
  }
  if (mode !== null) fs.fchmodSync(fd, mode);
  return fd;
}

/**
 * Temporary files of this target left by runs that are no longer alive (`.facts.jsonl.4242.tmp`,
 * process 4242 gone): removed, and their names returned. A live run's is left alone.
 */
export function removeStaleTemps(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^\\.${base}\\.(\\d+)\\.tmp$`);
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return [];
  }
  const removed: string[] = [];
  for (const name of names) {
    const pid = Number(pattern.exec(name)?.[1] ?? NaN);
    if (!Number.isInteger(pid) || pid === process.pid || isAlive(pid)) continue;
    try {
      fs.unlinkSync(path.join(dir, name));
      removed.push(path.join(dir, name));
    } catch {
      // Gone already (another run cleaned it), or not ours to remove.
    }
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM'; // there, but another user's
  }
}

/** A named pipe or a device: opened for writing (a pipe waits for its reader, as `>` does), never replaced. */
async function streamSink(name: string, file: string): Promise<Sink> {
  let handle: fs.promises.FileHandle;
  try {
    handle = await fs.promises.open(file, fs.constants.O_WRONLY);
  } catch (e) {
    throw new UsageError(`-o ${name}: cannot write: ${why(e)}`);
  }
  const closeQuietly = () => void handle.close().catch(() => {});
  return {
    async write(s) {
      if (!s) return;
      const bytes = Buffer.from(s);
      try {
        for (let at = 0; at < bytes.length;) at += (await handle.write(bytes, at)).bytesWritten;
      } catch (e) {
        if (CLOSED.has((e as NodeJS.ErrnoException).code ?? '')) throw new ClosedPipe();
        throw new OutputFailed(`-o ${name}: cannot write: ${why(e)}`);
      }
    },
    close: () => handle.close(),
    abort: closeQuietly,
  };
}

/** Waits for a promise, whatever its outcome: a socket's failure is read from its 'error' listener. */
const settled = (p: Promise<unknown>) =>
  p.then(
    () => {},
    () => {},
  );

/** A Unix socket: connected to, like `nc -U`, and written to. */
async function socketSink(name: string, file: string): Promise<Sink> {
  const socket = net.createConnection({ path: file });
  try {
    await once(socket, 'connect');
  } catch (e) {
    throw new UsageError(`-o ${name}: a socket, and ${why(e)}`);
  }
  let failure: unknown = null;
  socket.on('error', (e) => (failure = e));
  const check = () => {
    if (failure === null) return;
    if (CLOSED.has((failure as NodeJS.ErrnoException).code ?? '')) throw new ClosedPipe();
    throw new OutputFailed(`-o ${name}: cannot write: ${why(failure)}`);
  };
  return {
    async write(s) {
      check();
      if (s && !socket.write(s)) await settled(Promise.race([once(socket, 'drain'), once(socket, 'close')]));
      check();
    },
    async close() {
      socket.end();
      await settled(once(socket, 'close'));
      check();
    },
    abort: () => socket.destroy(),
  };
}

/** Where text goes when the output is not text (xlsx: written whole at the end, by writeWhole). */
export function nullSink(): Sink {
  return { write: async () => {}, close: async () => {}, abort: () => {} };
}

/**
 * A binary output (xlsx) that its writer makes whole at the end, written without harm as
 * any output is: a file through a temporary file renamed into place (the writer's), a
 * pipe, device or socket written to, standard output. A failure is OutputFailed.
 */
export async function writeWhole(
  target: OutputTarget,
  write: (out: WholeFile | NodeJS.WritableStream) => Promise<void>,
  onNote: (message: string) => void,
): Promise<void> {
  const name = target.kind === 'stdout' ? 'standard output' : `-o ${target.name}`;
  try {
    if (target.kind === 'stdout') return await write(process.stdout);
    if (target.kind === 'file') {
      for (const stale of removeStaleTemps(target.file)) onNote(`removed ${stale}, left by an interrupted run`);
      return await write({ file: target.file, temp: tempName(target.file, process.pid) });
    }
    const stream =
      target.kind === 'stream' ? fs.createWriteStream(target.file, { flags: 'a' }) : net.connect(target.file);
    // Done when all is written out, and failed as soon as the stream fails: a reader that went
    // away (-o fifo read by head -c 2) is EPIPE here, not an 'error' event nobody listens to.
    await Promise.all([write(stream), finished(stream, { readable: false })]);
  } catch (e) {
    if (CLOSED.has((e as NodeJS.ErrnoException).code ?? '')) throw new ClosedPipe();
    throw new OutputFailed(`${name}: cannot write: ${why(e)}${target.kind === 'file' ? '; it is left as it was' : ''}`);
  }
}
