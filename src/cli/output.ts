// Where output goes: stdout, or a file written to a temporary name and renamed
// into place when complete, so an interrupted run never leaves half a file.
// A closed pipe (extract … | head -1) ends the run quietly.
import fs from 'node:fs';
import path from 'node:path';

export interface Sink {
  write(s: string): Promise<void>;
  /** Completes the output (renames a file into place). */
  close(): Promise<void>;
  /** Removes a partial file after a failure. */
  abort(): void;
}

export class ClosedPipe extends Error {}

function writeTo(stream: NodeJS.WritableStream, s: string): Promise<void> {
  if (!s) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const ok = stream.write(s, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', resolve);
  });
}

export function stdoutSink(): Sink {
  let closed = false;
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') closed = true;
  });
  return {
    async write(s) {
      if (closed) throw new ClosedPipe();
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
  process.once('exit', cleanup);
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
