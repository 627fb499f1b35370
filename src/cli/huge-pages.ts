// Starting the command again, once, with glibc's malloc asked to use huge pages.
//
// Why: jieba's dictionary is a few hundred thousand small allocations, about 300 MiB, made
// in native code with malloc. On 4 KiB pages its load takes ~150,000 page faults (a second
// of system time on a virtual machine) and every later cut misses the TLB often. glibc 2.35
// and later can back malloc's heap with transparent huge pages (2 MiB), but only when told
// by the GLIBC_TUNABLES environment variable, which glibc reads once, when the process
// starts: nothing a running process can set. So `bin/extract.js` starts itself again with
// it: the same stdio, signals passed on, the child's exit status as its own. (Not through
// foreground-child: it starts a third process as a watchdog, and when that one cannot be
// started, as when the working folder may not be entered, it throws where no caller can catch
// it.) npm run bench, 2 MB of news: node + jieba's load 2.54 s → 1.09 s; `--jobs 1` 1.45×
// the throughput of a build without the restart. The extra process costs ~0.1 s.
//
// A user turns it off with GLIBC_TUNABLES=glibc.malloc.hugetlb=0 (any setting of the
// tunable is left alone). The output does not change: only where malloc's memory lies.
import fs from 'node:fs';
import { spawn } from 'node:child_process';

export const HUGE_PAGES_TUNABLE = 'glibc.malloc.hugetlb=1';
/** glibc learnt the tunable in 2.35; older ones ignore it, and the restart would be wasted. */
const FIRST_GLIBC = [2, 35] as const;

/** What decides whether a restart helps, gathered apart so that the decision is a pure function. */
export interface HostFacts {
  readonly platform: NodeJS.Platform;
  readonly env: NodeJS.ProcessEnv;
  /** The text of /sys/kernel/mm/transparent_hugepage/enabled, e.g. `always [madvise] never`; null if unreadable. */
  readonly thpMode: string | null;
  /** glibc's version at run time (`2.36`), or null when the C library is another (musl). */
  readonly glibc: string | null;
  /** The command's arguments (process.argv after the script). */
  readonly args: readonly string[];
}

/**
 * Runs that never or hardly ever load jieba, for which a second node start-up (~0.1 s) is all
 * the restart would bring: one with --cache (served from it, mostly: a warm run of 490 pages
 * takes 0.42 s, 0.55 s restarted), and the commands that read no text.
 */
const NO_SEGMENTING_COMMANDS = new Set(['cache', 'schema', 'diff', '--help', '-h', '--version', '-V']);
const hardlySegments = (args: readonly string[]): boolean =>
  NO_SEGMENTING_COMMANDS.has(args[0] ?? '') || args.some((a) => a === '--cache' || a.startsWith('--cache='));

/**
 * The environment to start the command again with, or null when that would gain nothing:
 * not Linux with glibc ≥ 2.35; huge pages are never given (`[never]`) or always given
 * anyway (`[always]`); the tunable is already set, by us in the restarted process or by
 * the user; or the run will hardly ever load jieba.
 */
export function hugePagesEnv(host: HostFacts): NodeJS.ProcessEnv | null {
  if (host.platform !== 'linux' || !host.thpMode?.includes('[madvise]') || hardlySegments(host.args)) return null;
  if (!host.glibc || !atLeast(host.glibc, FIRST_GLIBC)) return null;
  const tunables = host.env.GLIBC_TUNABLES ?? '';
  if (tunables.includes('glibc.malloc.hugetlb')) return null;
  return { ...host.env, GLIBC_TUNABLES: tunables ? `${tunables}:${HUGE_PAGES_TUNABLE}` : HUGE_PAGES_TUNABLE };
}

/** This process's facts. Only Linux has them; the C library is asked last (it costs ~8 ms). */
export function thisHost(): HostFacts {
  const { platform, env } = process;
  const args = process.argv.slice(2);
  if (platform !== 'linux') return { platform, env, thpMode: null, glibc: null, args };
  let thpMode: string | null = null;
  try {
    thpMode = fs.readFileSync('/sys/kernel/mm/transparent_hugepage/enabled', 'utf8');
  } catch {
    // no transparent huge pages (a container without /sys, an old kernel)
  }
  // (what hugePagesEnv would turn down anyway needs no report: a warm --cache run is 0.4 s)
  if (!thpMode?.includes('[madvise]') || hardlySegments(args) || env.GLIBC_TUNABLES?.includes('glibc.malloc.hugetlb'))
    return { platform, env, thpMode, glibc: null, args };
  (process.report as { excludeNetwork?: boolean }).excludeNetwork = true; // no network interfaces asked
  const header = (process.report.getReport() as { header?: { glibcVersionRuntime?: string } }).header;
  return { platform, env, thpMode, glibc: header?.glibcVersionRuntime ?? null, args };
}

function atLeast(version: string, [major, minor]: readonly [number, number]): boolean {
  const [a = 0, b = 0] = version.split('.').map(Number);
  return a > major || (a === major && b >= minor);
}

/** Signals a user or a supervisor sends to stop a run; the child is given each the parent gets. */
const PASSED_ON = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/**
 * Runs this command again in a child process with huge pages asked for, when that helps, and
 * resolves with what this process should then do: exit with a code, or be ended by the signal
 * that ended the child. Null: no restart (not needed, or the child could not be started), so
 * run the command here.
 */
export function restartWithHugePages(): Promise<{ code: number } | { signal: NodeJS.Signals } | null> {
  const env = hugePagesEnv(thisHost());
  if (!env) return Promise.resolve(null);
  const child = spawn(process.execPath, [...process.execArgv, ...process.argv.slice(1)], { env, stdio: 'inherit' });
  // Ctrl-C reaches both processes (one process group); a signal sent to this one alone
  // (kill PID, a CI runner) reaches the child only through this.
  const passOn = (signal: NodeJS.Signals) => child.kill(signal);
  for (const signal of PASSED_ON) process.on(signal, passOn);
  const stopPassing = () => PASSED_ON.forEach((signal) => process.off(signal, passOn));
  return new Promise((resolve) => {
    child.once('error', () => {
      stopPassing();
      resolve(null); // not started (EACCES, EAGAIN): run here instead
    });
    child.once('exit', (code, signal) => {
      stopPassing();
      resolve(signal ? { signal } : { code: code ?? 1 });
    });
  });
}
