// Preloaded into every measured process (`node --require bench/rss.cjs …`): prints the process's peak resident set
// size on exit, so the benchmark compares our CLI and the baselines the same way.
process.on('exit', () => {
  process.stderr.write(`\n__BENCH_MAXRSS_KB=${process.resourceUsage().maxRSS}\n`);
});
