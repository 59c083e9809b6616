/**
 * The hostile corpus (scripts/make-hostile.ts): every case ends with its documented exit code and
 * a clear message, leaves the input unchanged and no temporary file behind, within 60 s and 1 GB.
 */
import * as fs from "fs";
import { LIMITS } from "../../src/cli/limits";
import { main } from "../../src/cli/main";
import { HostileCase, makeHostileCorpus } from "../../scripts/make-hostile";
import { tempDir } from "./helpers";

const dir = tempDir();
const cases: HostileCase[] = makeHostileCorpus(dir);
const peak = { seconds: 0, rssMB: 0, name: "" };

afterAll(() => {
  // Measured, not asserted beyond the bounds: see the report in the test output.
  process.stdout.write(
    `hostile corpus: ${cases.length} cases; slowest ${peak.name} ${peak.seconds.toFixed(2)} s; peak RSS ${Math.round(process.resourceUsage().maxRSS / 1024)} MB\n`,
  );
  fs.rmSync(dir, { recursive: true, force: true });
});

test("the corpus has at least 60 cases", () => {
  expect(cases.length).toBeGreaterThanOrEqual(60);
});

test.each(cases.map((c) => [c.name, c] as const))("%s", async (_, c) => {
  const before = fs.existsSync(c.file) && fs.statSync(c.file).isFile() ? fs.readFileSync(c.file) : null;
  let text = "";
  // The worker's RSS carries every earlier suite; the bound is on what this case adds.
  const rssBefore = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const code = await main(["fill", c.file, ...(c.args ?? [])], {
    out: (t) => (text += `${t}\n`),
    err: (t) => (text += `${t}\n`),
    now: () => new Date(2026, 0, 1, 12, 0),
    limits: { ...LIMITS, ...c.limits },
  });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (seconds > peak.seconds) Object.assign(peak, { seconds, name: c.name });
  expect({ code, text }).toEqual({ code: c.code, text: expect.stringMatching(c.message) });
  // No stack trace, no raw English library text.
  expect(text).not.toMatch(/\n\s+at |RangeError|TypeError|Cannot read properties|ENOENT|EACCES|\.tmp/);
  if (before) expect(fs.readFileSync(c.file).equals(before)).toBe(true);
  expect(fs.readdirSync(dir).filter((f) => /\.tmp$|fordel-\d/.test(f))).toEqual([]);
  expect(seconds).toBeLessThan(60);
  expect(process.memoryUsage().rss - rssBefore).toBeLessThan(1024 * 1024 * 1024);
});

test.each(cases.filter((c) => c.code === 2 && !c.args).map((c) => [c.name, c] as const))("%s, in English", async (_, c) => {
  let text = "";
  const code = await main(["fill", c.file, "--lang", "en"], {
    out: (t) => (text += `${t}\n`),
    err: (t) => (text += `${t}\n`),
    now: () => new Date(2026, 0, 1, 12, 0),
    limits: { ...LIMITS, ...c.limits },
  });
  expect(code).toBe(2);
  expect(text.trim()).not.toBe("");
  expect(text).not.toMatch(/\b(ikke|filen|findes|læser)\b/);
  expect(text).not.toMatch(/\n\s+at |RangeError|TypeError|Cannot read properties/);
});
