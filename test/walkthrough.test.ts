// The walk-through from a news archive to a table, as written: every `sh` command of the
// README's section and of docs/table.md runs with `extract` on the PATH, and the
// Markdown table the page shows is the one the command prints.
import { describe, expect, it, beforeAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';

const ROOT = path.resolve(__dirname, '..');
const README = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const PAGE = fs.readFileSync(path.join(ROOT, 'docs/table.md'), 'utf8');

/** The commands of the ```sh blocks in a text, in order. */
function commands(markdown: string): string[] {
  return [...markdown.matchAll(/```sh\n([\s\S]*?)```/g)].flatMap((m) =>
    m[1]!.split('\n').filter((l) => l.trim() !== '' && !l.trim().startsWith('#')),
  );
}

const section = README.slice(README.indexOf('## From a news archive to a table'));
const readmeCommands = commands(section.slice(0, section.indexOf('\n## ', 4)));
const allCommands = [...new Set([...readmeCommands, ...commands(PAGE)])];

let dir: string;
const results = new Map<string, { code: number | null; stdout: string; stderr: string }>();

beforeAll(() => {
  // A folder of the reader's own, with the bundled fixtures in it and `extract` on the PATH.
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'walkthrough-'));
  fs.symlinkSync(path.join(ROOT, 'fixtures'), path.join(dir, 'fixtures'));
  const bin = path.join(dir, '.bin');
  fs.mkdirSync(bin);
  fs.writeFileSync(
    path.join(bin, 'extract'),
    `#!/bin/sh\nexec "${process.execPath}" "${path.join(ROOT, 'bin/extract.js')}" "$@"\n`,
    { mode: 0o755 },
  );
  for (const cmd of allCommands) {
    const r = spawnSync('bash', ['-c', cmd], {
      cwd: dir,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
    });
    results.set(cmd, { code: r.status, stdout: r.stdout, stderr: r.stderr });
  }
});

describe('the walk-through (README and docs/table.md)', () => {
  it('has commands, the README’s among them', () => {
    expect(readmeCommands).toEqual([
      'extract table fixtures/collections/news.jsonl --metric gdp --value-kind level -f xlsx -o gdp.xlsx',
    ]);
    expect(allCommands.length).toBeGreaterThanOrEqual(6);
  });

  it('runs every command, the archive’s two broken records reported and nothing else', () => {
    for (const [cmd, r] of results) {
      const problems = r.stderr
        .split('\n')
        .filter(Boolean)
        .filter((l) => !/news\.jsonl#(3|no-text): line [38]: /.test(l) && !/^extract: table: \d+ cells? ha/.test(l))
        .filter((l) => !/^extract: \d+ documents?, \d+ facts?, /.test(l)); // the summary line of a run
      expect(problems, cmd).toEqual([]);
      expect(r.code, cmd).toBe(/news\.jsonl/.test(cmd) ? 1 : 0);
    }
  });

  it('prints the table the page shows', () => {
    const cmd = 'extract table fixtures/collections/news.jsonl --metric gdp --value-kind level';
    // the block after the command's own: cmd, its closing fence, then the output's fences
    const shown = PAGE.slice(PAGE.indexOf(cmd)).match(/\n```\n\n```\n([\s\S]*?)```/)![1];
    expect(results.get(cmd)!.stdout).toBe(shown);
  });

  it('writes the workbook and the files the page names', async () => {
    const ExcelJS = createRequire(import.meta.url)('exceljs') as typeof import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'gdp.xlsx'));
    expect(wb.worksheets.map((w) => w.name)).toEqual(['gdp · level · CNY', 'sources']);
    for (const f of ['facts.json', 'facts.jsonl', 'gdp-sources.csv'])
      expect(fs.existsSync(path.join(dir, f)), f).toBe(true);
    expect(fs.readFileSync(path.join(dir, 'facts.jsonl'), 'utf8')).toContain('"valueKind":"level"');
  });
});
