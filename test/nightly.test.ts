// The nightly recipe in docs/nightly-ci.md: valid YAML (the `yaml` package, as GitHub's
// parser would read it), every `extract` command line in it parsed by the real command
// line (options, values, subcommands), and the parts that keep a nightly job honest.
import { describe, expect, it, beforeAll } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import type { Command } from 'commander';
import { buildProgram } from '../src/cli/main.js';

const ROOT = path.resolve(__dirname, '..');

interface Step {
  readonly name?: string;
  readonly id?: string;
  readonly uses?: string;
  readonly run?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
}
interface Job {
  readonly needs?: string;
  readonly if?: string;
  readonly strategy?: { matrix: { shard: number[] } };
  readonly steps: Step[];
}

let workflow: { jobs: Record<string, Job> };
beforeAll(() => {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/nightly-ci.md'), 'utf8');
  const blocks = [...doc.matchAll(/```yaml\n([\s\S]*?)```/g)];
  expect(blocks).toHaveLength(1);
  const parsed = YAML.parseDocument(blocks[0]![1]!);
  expect(parsed.errors.map(String)).toEqual([]);
  workflow = parsed.toJS();
});

/** The `extract` command lines of a step, split into words, with the workflow's expressions filled in. */
function extractCommands(step: Step): string[][] {
  const expressions = { 'matrix.shard': '1', 'github.run_id': '1' } as Record<string, string>;
  const script = (step.run ?? '').replace(/\$\{\{\s*([\w.]+)\s*\}\}/g, (_, name: string) => {
    expect(expressions, `no value for \${{ ${name} }}`).toHaveProperty(name);
    return expressions[name]!;
  });
  return script
    .split('\n')
    .map((line) => line.replace(/\s+#.*$/, ''))
    .filter((line) => line.includes('extract/bin/extract.js'))
    .map((line) =>
      line
        .slice(line.indexOf('extract/bin/extract.js') + 'extract/bin/extract.js'.length)
        .trim()
        .split(/\s+/),
    );
}

/** Parses words as `extract` would, running no command: which command took them, with what options. */
async function parse(words: string[]): Promise<{ command: string; opts: Record<string, unknown> }> {
  const program = buildProgram();
  let taken: { command: string; opts: Record<string, unknown> } | null = null;
  const capture = (command: Command) => {
    command.configureOutput({ writeErr: () => {}, writeOut: () => {} });
    command.action(() => {
      taken = { command: command.name(), opts: command.opts() };
    });
    command.commands.forEach(capture);
  };
  capture(program);
  await program.parseAsync(words, { from: 'user' });
  return taken!;
}

const allSteps = () => Object.values(workflow.jobs).flatMap((j) => j.steps);

describe('the nightly recipe', () => {
  it('is valid YAML (checked in beforeAll); the flow mapping it once had is not', () => {
    expect(Object.keys(workflow.jobs)).toEqual(['extract', 'compare']);
    const old = 'with: { name: facts-${{ matrix.shard }}, path: facts-${{ matrix.shard }}.jsonl }\n';
    expect(YAML.parseDocument(old).errors.length).toBeGreaterThan(0);
  });

  it('runs extract and extract diff with options the command line has', async () => {
    const commands = allSteps().flatMap(extractCommands);
    expect(commands).toHaveLength(2);
    const [shard, compare] = await Promise.all(commands.map(parse));
    expect(shard).toMatchObject({
      command: 'extract',
      opts: { format: 'jsonl', documents: true, shard: { index: 1, count: 4 }, maxErrors: 20, cacheMaxAge: 30 },
    });
    expect(compare).toMatchObject({ command: 'diff', opts: { failOn: ['changed', 'removed'] } });
  });

  it('the parser used here rejects what the command line rejects', async () => {
    await expect(parse(['corpus/', '--max-error', '20'])).rejects.toThrow(/unknown option '--max-error'/);
    await expect(parse(['diff', 'a', 'b', '--fail-on', 'changed,moved'])).rejects.toThrow(/unknown kind "moved"/);
  });

  it('uploads facts and saves the cache even when a shard fails', () => {
    const { steps } = workflow.jobs.extract!;
    const upload = steps.find((s) => s.uses?.startsWith('actions/upload-artifact'))!;
    const save = steps.find((s) => s.uses?.startsWith('actions/cache/save'))!;
    expect([upload.if, save.if]).toEqual(['always()', 'always()']);
    expect(workflow.jobs.compare).toMatchObject({ needs: 'extract', if: 'always()' });
  });

  it('compares with the last night that produced facts, whatever its conclusion, downloaded before tonight is uploaded', () => {
    const { steps } = workflow.jobs.compare!;
    const baseline = steps.findIndex((s) => s.uses?.startsWith('dawidd6/action-download-artifact'));
    const upload = steps.findIndex((s) => s.uses?.startsWith('actions/upload-artifact'));
    expect(steps[baseline]!.with).toMatchObject({ name: 'facts-all', workflow_conclusion: '', search_artifacts: true });
    expect(steps[upload]).toMatchObject({ if: "steps.merge.outputs.facts != '0'", with: { name: 'facts-all' } });
    expect(baseline).toBeLessThan(upload);
  });
});
