// Where output goes: stdout, or a file written to a temporary name and renamed
// into place when complete, so an interrupted run never leaves half a file.
// A closed pipe (extract … | head -1) ends the run quietly.
import fs from 'node:fs';
import path from 'node:path';
import { once } from 'node:events';

export interface Sink {
  write(s: string): Promise<void>;
  /** Completes the output (renames a file into place). */
  close(): Promise<void>;
  /** Removes a partial file after a failure. */
  abort(): void;
}

export class ClosedPipe extends Error {}

/**
 * Writes and waits only when the stream asks to (back-pressure). No write callback:
 * callbacks run on the next tick, and a run that is all synchronous work would keep
 * every callback, and the text it closes over, until the end.
 */
async function writeTo(stream: NodeJS.WritableStream, s: string): Promise<void> {
  if (s && !stream.write(s)) await once(stream, 'drain');
}

/** A closed pipe is noticed by the handler main() sets on stdout, or here when a write fails. */
export function stdoutSink(): Sink {
  return {
    async write(s) {
      try {
        await writeTo(process.stdout, s);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'EPIPE') throw new ClosedPipe();
        throw e;
      }
    },
    close: async () => {},
    abort: () => {},
  };
}

export function fileSink(target: string): Sink {
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  const fd = fs.openSync(tmp, 'w');
  let done = false;
  const cleanup = () => {
    if (!done) {
      try {
        fs.closeSync(fd);
      } catch {}
      try {
        fs.unlinkSync(tmp);
      } catch {}
      done = true;
    }
  };
  // Interrupted (Ctrl-C, a CI job cancelled): remove the partial file and end as the
  // signal would have. Without a handler Node would exit at once, skipping 'exit' handlers.
  const onSignal = (signal: NodeJS.Signals) => {
    cleanup();
    process.exit(128 + (signal === 'SIGINT' ? 2 : 15));
  };
  process.once('exit', cleanup);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    async write(s) {
      if (s) fs.writeSync(fd, s);
    },
    async close() {
      fs.closeSync(fd);
      fs.renameSync(tmp, target);
      done = true;
    },
    abort: cleanup,
  };
}

/** Where text goes when the output is not text (xlsx, written at the end by its emitter). */
export function nullSink(): Sink {
  return { write: async () => {}, close: async () => {}, abort: () => {} };
}
