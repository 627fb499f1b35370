// A progress bar on stderr, only when stderr is a terminal and the run is long
// enough to want one; nothing at all when piped or redirected.
import { createRequire } from 'node:module';

export interface Progress {
  tick(): void;
  stop(): void;
}

const QUIET: Progress = { tick: () => {}, stop: () => {} };

/** Below this many inputs a run is over before a bar would help. */
const MIN_INPUTS = 20;

export function progressBar(total: number): Progress {
  if (!process.stderr.isTTY || total < MIN_INPUTS || process.env.CI) return QUIET;
  // cli-progress loads only when a bar is shown.
  const { SingleBar, Presets } = createRequire(import.meta.url)('cli-progress') as typeof import('cli-progress');
  const bar = new SingleBar(
    {
      format: 'extract {bar} {value}/{total} documents | {eta_formatted} left',
      stream: process.stderr,
      hideCursor: true,
      clearOnComplete: true,
    },
    Presets.shades_classic,
  );
  bar.start(total, 0);
  return { tick: () => bar.increment(), stop: () => bar.stop() };
}
