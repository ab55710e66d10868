// Preloaded with `node --import` into the measured process: on exit, appends that
// process's own peak resident set size (KiB, from getrusage; worker threads included)
// to $PMP_BENCH_MAXRSS_FILE.
import { appendFileSync } from 'node:fs';
import { isMainThread } from 'node:worker_threads';

const target = process.env.PMP_BENCH_MAXRSS_FILE;
if (target && isMainThread) {
  process.on('exit', () => {
    appendFileSync(target, `${process.resourceUsage().maxRSS}\n`);
  });
}
