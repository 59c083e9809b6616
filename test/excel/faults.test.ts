/** Crash consistency (SPEC §3): a failure at any operation of a fill leaves no unmarked sheet and breaks no formula; the next fill repairs. */
import { injectFaults } from "./faults";

describe("a fault at every operation of a fill", () => {
  test.each([
    ["a first fill", "first" as const, undefined],
    ["a re-fill, with the user's formula into the output sheet", "refill" as const, undefined],
    ["a re-fill split into many requests (a 12 KB budget)", "refill" as const, 12_000],
    ["a re-fill in English: the output sheet renamed in place", "rename" as const, undefined],
  ])(
    "%s: never an unmarked sheet or a broken formula, and the next fill repairs everything",
    async (_, scenario, maxRequestBytes) => {
      const report = await injectFaults(scenario, maxRequestBytes);
      // Every operation counts: reading, recording, adding, emptying, writing, completing.
      expect(report.points).toBeGreaterThan(30);
      expect(report.bad).toEqual([]);
    },
    120_000,
  );
});
