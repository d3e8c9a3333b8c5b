/**
 * The least disturbed CPU time of some work, in ms: a warm-up run, then the fastest of `trials`.
 * CPU time, not wall time, so the machine's other work does not count.
 */
export function fastestCpuMs(work: () => void, trials = 5): number {
  work();
  let best = Infinity;
  for (let trial = 0; trial < trials; trial += 1) {
    const start = process.cpuUsage();
    work();
    const used = process.cpuUsage(start);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}
