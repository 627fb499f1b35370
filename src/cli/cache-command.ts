// `extract cache prune DIR --max-age DAYS`: remove the entries a cache has not used
// for that long (a nightly job's cache otherwise grows with every version of every file).
import type { Command } from 'commander';
import { pruneCache, removedText } from '../run/prune.js';
import { describe } from '../read/inputs.js';
import { addOptions } from './options.js';
import { EXIT, UsageError } from './common.js';

const HELP_AFTER = `
Entries are the cache's own files (XX/<hash>.json); a run touches each entry it uses, so
an entry's age is the time since it last served a run. Nothing else in DIR is removed.

Examples:
  $ extract cache prune .extract-cache --max-age 30
  $ extract corpus/ --cache .extract-cache --cache-max-age 30 -o facts.json   the same, after a run`;

export function registerCache(program: Command): void {
  const cache = program.command('cache').description('look after a --cache folder');
  addOptions(
    cache
      .command('prune')
      .description('remove the entries of a cache folder not used for some days')
      .argument('<dir>', 'the folder given to --cache'),
    ['maxAge'],
  )
    .addHelpText('after', HELP_AFTER)
    .action((dir: string, opts: { maxAge?: number }) => {
      if (opts.maxAge === undefined) throw new UsageError('cache prune: say how old with --max-age DAYS');
      let report;
      try {
        report = pruneCache(dir, opts.maxAge);
      } catch (e) {
        throw new UsageError(`cache prune: cannot read ${dir}: ${describe(e)}`);
      }
      process.stdout.write(`${dir}: ${removedText(report, opts.maxAge)}; kept ${report.kept}\n`);
      process.exitCode = EXIT.ok;
    });
}
