// Preloaded by scripts/bench.mjs into the extract process it measures: writes the
// process's peak resident set size (KiB) and its CPU time (user + system, µs), worker
// threads and V8's own threads included, to the file named by EXTRACT_BENCH_RSS when it
// exits, as "rss cpu". Not part of the tool.
const fs = require('node:fs');
const file = process.env.EXTRACT_BENCH_RSS;
if (file)
  process.on('exit', () =>
    fs.writeFileSync(file, `${process.resourceUsage().maxRSS} ${process.cpuUsage().user + process.cpuUsage().system}`),
  );
