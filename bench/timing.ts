/** Operations per second of `fn`, run for at least `minMs` after a warm-up. */
export function perSecond(fn: () => void, minMs = 400): number {
  for (let i = 0; i < 20; i++) fn();
  let count = 0;
  const start = process.hrtime.bigint();
  let elapsed = 0;
  while (elapsed < minMs) {
    fn();
    count++;
    elapsed = Number(process.hrtime.bigint() - start) / 1e6;
  }
  return Math.round((count / elapsed) * 1000);
}

/** Median wall time in milliseconds of `runs` runs of `fn`. */
export function medianMs(fn: () => void, runs = 5): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
}

export const round = (x: number, places = 2): number => Math.round(x * 10 ** places) / 10 ** places;
