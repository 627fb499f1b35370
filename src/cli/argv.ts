// What the first word of a command line is. commander takes the first word that is not
// an option as a subcommand's name when there is one by that name, even after `--`: so
// `extract rules -f jsonl`, meant for a folder named rules, ran `extract rules` and failed
// with "unknown option". Here `--` before any word means every word is a path, and a word
// that names both a command and a file or folder here gets a hint when the command fails.
import fs from 'node:fs';
import type { Command } from 'commander';

export type FirstWord =
  | { readonly kind: 'subcommand'; readonly name: string }
  /** `--` came before any word: paths only. */
  | { readonly kind: 'paths-only' }
  /** Paths, or nothing but options. */
  | { readonly kind: 'paths' };

/** Finds the first word of `args` (the command line after `extract`) that is not an option or its value. */
export function firstWord(args: readonly string[], program: Command): FirstWord {
  const commands = new Set(program.commands.flatMap((c) => [c.name(), ...c.aliases()]));
  const takesValue = (flag: string) =>
    program.options.some((o) => (o.long === flag || o.short === flag) && (o.required || o.optional));
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') return { kind: 'paths-only' };
    if (arg.startsWith('--')) {
      if (!arg.includes('=') && takesValue(arg)) i++;
    } else if (arg.startsWith('-') && arg.length > 1) {
      // A cluster of short flags (-qj 2): the first that takes a value takes the rest, or the next word.
      for (let k = 1; k < arg.length; k++) {
        if (!takesValue(`-${arg[k]}`)) continue;
        if (k === arg.length - 1) i++;
        break;
      }
    } else return commands.has(arg) ? { kind: 'subcommand', name: arg } : { kind: 'paths' };
  }
  return { kind: 'paths' };
}

/** When a file or folder here has the name of the command that failed: how to read it instead. */
export function shadowHint(name: string): string | null {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(name);
  } catch {
    return null;
  }
  const what = stat.isDirectory() ? 'folder' : 'file';
  return `"${name}" was taken as the command \`extract ${name}\`; to read the ${what} ${name}, write: extract -- ${name} (or ./${name})`;
}
