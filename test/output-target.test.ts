// -o never harms what it writes to: a regular file is replaced whole, a link is followed,
// a device, named pipe or socket is written to and stays what it was, a folder or a
// missing folder is one line and exit 2 before any work. Devices and pipes are made in a
// temporary folder: the machine's own /dev/null is never touched.
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { once } from 'node:events';
import { resolveOutputTarget } from '../src/cli/output-target.js';
import { openSink, removeStaleTemps } from '../src/cli/output.js';
import { UsageError } from '../src/cli/common.js';

const ROOT = path.resolve(__dirname, '..');
const BIN = path.join(ROOT, 'bin/extract.js');
const SEED = 'fixtures/seeds/002_1d16421faa7a852a.txt';
const EMPTY = 'fixtures/bad/empty.txt';
const isRoot = process.getuid?.() === 0;

function cli(args: string[], cwd = ROOT) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A failure of the user's making is one line on stderr, never a stack or an "internal error". */
function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/internal error|\n\s+at /);
}

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'extract-out-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Writes through a sink as a run does. */
async function writeThrough(out: string, text: string) {
  const notes: string[] = [];
  const sink = await openSink(resolveOutputTarget(out), (m) => notes.push(m));
  await sink.write(text);
  await sink.close();
  return notes;
}

describe('what -o is', () => {
  it('- is standard output, and nothing named "-" is made', () => {
    expect(resolveOutputTarget('-')).toEqual({ kind: 'stdout' });
    expect(resolveOutputTarget(undefined)).toEqual({ kind: 'stdout' });
  });

  it('a folder, a missing folder, a file where a folder should be: one line each', () => {
    const nested = path.join(dir, 'no', 'such', 'x.jsonl');
    expect(() => resolveOutputTarget(dir)).toThrow(
      new UsageError(`-o ${dir}: is a folder; name a file in it, e.g. -o ${path.join(dir, 'facts.jsonl')}`),
    );
    expect(() => resolveOutputTarget(nested)).toThrow(
      new UsageError(`-o ${nested}: the folder ${path.dirname(nested)} does not exist`),
    );
    fs.writeFileSync(path.join(dir, 'file'), '');
    expect(() => resolveOutputTarget(path.join(dir, 'file', 'x.json'))).toThrow(/a part of the path is not a folder/);
  });

  it.skipIf(isRoot)('a folder without write permission', () => {
    fs.chmodSync(dir, 0o555);
    expect(() => resolveOutputTarget(path.join(dir, 'x.json'))).toThrow(
      /cannot write in the folder .*: permission denied/,
    );
    fs.chmodSync(dir, 0o755);
  });
});

describe('writing without harm', () => {
  it('replaces a regular file whole and keeps its permissions', async () => {
    const file = path.join(dir, 'facts.jsonl');
    fs.writeFileSync(file, 'old\n');
    fs.chmodSync(file, 0o640);
    await writeThrough(file, 'new\n');
    expect(fs.readFileSync(file, 'utf8')).toBe('new\n');
    expect(fs.statSync(file).mode & 0o777).toBe(0o640);
    expect(fs.readdirSync(dir)).toEqual(['facts.jsonl']);
  });

  it('leaves the file as it was when the run is aborted', async () => {
    const file = path.join(dir, 'facts.jsonl');
    fs.writeFileSync(file, 'old\n');
    const sink = await openSink(resolveOutputTarget(file), () => {});
    await sink.write('half of it');
    sink.abort();
    expect(fs.readFileSync(file, 'utf8')).toBe('old\n');
    expect(fs.readdirSync(dir)).toEqual(['facts.jsonl']);
  });

  it('follows a symbolic link: the file it leads to is replaced, the link stays a link', async () => {
    fs.mkdirSync(path.join(dir, 'real'));
    fs.writeFileSync(path.join(dir, 'real', 'facts.jsonl'), 'old\n');
    fs.symlinkSync(path.join('real', 'facts.jsonl'), path.join(dir, 'latest.jsonl'));
    await writeThrough(path.join(dir, 'latest.jsonl'), 'new\n');
    expect(fs.lstatSync(path.join(dir, 'latest.jsonl')).isSymbolicLink()).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'real', 'facts.jsonl'), 'utf8')).toBe('new\n');
    // A link to a file not made yet: the file is made where the link points.
    fs.symlinkSync(path.join('real', 'next.jsonl'), path.join(dir, 'next-link'));
    await writeThrough(path.join(dir, 'next-link'), 'next\n');
    expect(fs.readFileSync(path.join(dir, 'real', 'next.jsonl'), 'utf8')).toBe('next\n');
  });

  it('writes to a character device and leaves it a device (a /dev/null of our own)', async (ctx) => {
    const device = path.join(dir, 'null');
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) ctx.skip(); // mknod needs privilege
    await writeThrough(device, 'anything\n');
    expect(fs.statSync(device).isCharacterDevice()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['null']);
  });

  it('writes to a named pipe, which its reader gets, and leaves it a pipe', async (ctx) => {
    const fifo = path.join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) ctx.skip();
    const reader = spawn('cat', [fifo]);
    let got = '';
    reader.stdout.on('data', (d) => (got += d));
    // Listened for before writing: cat may exit (it reads the end of the pipe) before close resolves.
    const exited = once(reader, 'exit');
    await writeThrough(fifo, 'through the pipe\n');
    await exited;
    expect(got).toBe('through the pipe\n');
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
  });

  it('writes to a Unix socket, and leaves it a socket', async () => {
    const socketPath = path.join(dir, 'facts.sock');
    let got = '';
    const server = net.createServer((c) => c.on('data', (d) => (got += d)));
    await new Promise<void>((r) => server.listen(socketPath, r));
    const closed = new Promise<void>((r) => server.on('connection', (c) => c.on('close', () => r())));
    await writeThrough(socketPath, 'over the socket\n');
    await closed;
    expect(got).toBe('over the socket\n');
    expect(fs.statSync(socketPath).isSocket()).toBe(true);
    server.close();
  });

  it('a socket nothing listens on is one line', async (ctx) => {
    // A socket file with no listener: bound and never listened on (Node removes its own on close).
    const socketPath = path.join(dir, 'dead.sock');
    const bind = `import socket; socket.socket(socket.AF_UNIX).bind(${JSON.stringify(socketPath)})`;
    if (spawnSync('python3', ['-c', bind]).status !== 0) ctx.skip();
    await expect(openSink(resolveOutputTarget(socketPath), () => {})).rejects.toThrow(
      /a socket, and nothing is listening on it/,
    );
  });
});

describe('temporary files of killed runs', () => {
  it('are removed by the next run writing the same target; a live run’s are not', async () => {
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
    const deadPid = Number(dead.stdout);
    const file = path.join(dir, 'facts.jsonl');
    const stale = path.join(dir, `.facts.jsonl.${deadPid}.tmp`);
    const live = path.join(dir, `.facts.jsonl.${process.ppid}.tmp`); // vitest's own process: alive
    const other = path.join(dir, `.other.jsonl.${deadPid}.tmp`);
    for (const f of [stale, live, other]) fs.writeFileSync(f, 'partial');
    const notes = await writeThrough(file, 'whole\n');
    expect(notes).toEqual([`removed ${stale}, left by an interrupted run`]);
    expect(fs.readdirSync(dir).sort()).toEqual([path.basename(live), path.basename(other), 'facts.jsonl'].sort());
    expect(removeStaleTemps(file)).toEqual([]);
  });
});

describe('the command', () => {
  it('-o naming a folder or a missing folder: exit 2, one line, before reading anything', () => {
    const folder = cli([SEED, '-o', dir]);
    expect(folder.code).toBe(2);
    expectOneLine(folder.stderr, /^extract: -o .*: is a folder; name a file in it/);
    const missing = cli([SEED, '-o', path.join(dir, 'nope', 'out.json')]);
    expect(missing.code).toBe(2);
    expectOneLine(missing.stderr, /^extract: -o .*: the folder .*nope does not exist$/);
  });

  it('-o into a folder it may not write in: exit 2, one line, the file there untouched', () => {
    const out = path.join(dir, 'readonly');
    fs.mkdirSync(out);
    fs.writeFileSync(path.join(out, 'facts.jsonl'), 'last night\n');
    fs.chmodSync(out, 0o555);
    fs.chmodSync(dir, 0o755); // mkdtemp's 0700 would stop another user one folder early
    // root may write anywhere: as root, the run is made as nobody (uid 65534), who may not.
    const user = isRoot ? { uid: 65534, gid: 65534 } : {};
    const r = spawnSync(process.execPath, [BIN, SEED, '-o', path.join(out, 'facts.jsonl')], {
      cwd: ROOT,
      encoding: 'utf8',
      ...user,
    });
    fs.chmodSync(out, 0o755);
    expect(r.status).toBe(2);
    expectOneLine(r.stderr, /^extract: -o .*: cannot write in the folder .*readonly: permission denied$/);
    expect(fs.readFileSync(path.join(out, 'facts.jsonl'), 'utf8')).toBe('last night\n');
    expect(fs.readdirSync(out)).toEqual(['facts.jsonl']);
  });

  it('-f xlsx -o onto a named pipe: its reader gets the workbook, the pipe stays a pipe', async (ctx) => {
    // xlsx is written whole at the end, by its own writer: the same care as text (it once renamed over anything).
    const fifo = path.join(dir, 'pipe');
    if (spawnSync('mkfifo', [fifo]).status !== 0) ctx.skip();
    /** Runs extract -f xlsx -o fifo with `reader` reading the pipe: what each ended with, and what was read. */
    async function xlsxThrough(reader: string[]) {
      const read = spawn(reader[0]!, [...reader.slice(1), fifo]);
      const chunks: Buffer[] = [];
      read.stdout.on('data', (d: Buffer) => chunks.push(d));
      const readerDone = once(read, 'exit');
      const run = spawn(process.execPath, [BIN, EMPTY, '-f', 'xlsx', '-o', fifo, '-q'], { cwd: ROOT });
      let stderr = '';
      run.stderr.on('data', (d) => (stderr += d));
      const [code] = (await once(run, 'exit')) as [number];
      await readerDone;
      return { code, stderr, bytes: Buffer.concat(chunks) };
    }
    const whole = await xlsxThrough(['cat']);
    expect({ code: whole.code, stderr: whole.stderr }).toEqual({ code: 0, stderr: '' });
    expect(whole.bytes.subarray(0, 2).toString('latin1')).toBe('PK'); // a zip, as xlsx is
    expect(whole.bytes.length).toBeGreaterThan(5000);
    // A reader that stops early is the end of the run, as `| head` is: quiet, not an internal error.
    const early = await xlsxThrough(['head', '-c', '2']);
    expect({ code: early.code, stderr: early.stderr, bytes: early.bytes.toString('latin1') }).toEqual({
      code: 0,
      stderr: '',
      bytes: 'PK',
    });
    expect(fs.statSync(fifo).isFIFO()).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(['pipe']);
  });

  it('-o onto a device of our own (the /dev/null case) writes through it; -o - is stdout', (ctx) => {
    const device = path.join(dir, 'null');
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) ctx.skip();
    const r = cli([EMPTY, '-o', device, '-q']);
    expect(r).toMatchObject({ code: 0, stdout: '', stderr: '' });
    expect(fs.statSync(device).isCharacterDevice()).toBe(true);
    const toStdout = cli([path.join(ROOT, EMPTY), '-o', '-', '-q'], dir);
    expect(toStdout.code).toBe(0);
    expect(JSON.parse(toStdout.stdout)).toMatchObject({ documents: [{ facts: 0 }], facts: [] });
    expect(fs.readdirSync(dir)).toEqual(['null']);
  });
});
