import { makeKey, shareDecimal, keyPrecisionFinding, printedShareShift } from "../../src/engine";
import { KRONER_2025, REGIONS_2025, keyOf } from "../fixtures/keys";

describe("Key", () => {
  test("the printed 2025 key is a share key summing to 1", () => {
    const key = keyOf("Bloktilskud 2025", REGIONS_2025);
    expect(key.kind).toBe("share");
    expect(key.total).toBe(10000n);
    expect(shareDecimal(key, 0).toString()).toBe("0.3116");
  });

  test("raw kroner weights are normalised exactly", () => {
    const key = keyOf("Bidrag", KRONER_2025);
    expect(key.kind).toBe("weight");
    expect(key.total).toBe(10150000n);
    expect(shareDecimal(key, 0).toSignificantDigits(10).toString()).toBe("0.311577734");
    expect(shareDecimal(key, 0).times(10150000).toString()).toBe("3162514");
  });

  test("percentages are recognised and normalised", () => {
    const key = keyOf("Pct", [
      ["A", "31,16".replace(",", ".")],
      ["B", "68.84"],
    ]);
    expect(key.kind).toBe("percent");
    expect(shareDecimal(key, 0).toString()).toBe("0.3116");
  });

  test("a key summing to 0.9999 gives KEY_SUM and is normalised", () => {
    const r = makeKey({
      name: "K",
      entries: [
        { unit: "A", value: "0.4999" },
        { unit: "B", value: "0.5" },
      ],
    });
    expect(r.key).not.toBeNull();
    expect(r.findings.map((f) => [f.severity, f.code])).toEqual([["warning", "KEY_SUM"]]);
    expect(r.findings[0].message).toContain("0.9999");
    expect(shareDecimal(r.key!, 1).toSignificantDigits(8).toString()).toBe("0.50005001");
  });

  test.each([
    ["empty", [], "KEY_EMPTY"],
    [
      "negative",
      [
        { unit: "A", value: "-0.1" },
        { unit: "B", value: "1.1" },
      ],
      "KEY_NEGATIVE",
    ],
    [
      "all zero",
      [
        { unit: "A", value: 0 },
        { unit: "B", value: "0" },
      ],
      "KEY_ALL_ZERO",
    ],
    [
      "duplicate",
      [
        { unit: "A", value: "0.5" },
        { unit: "A", value: "0.5" },
      ],
      "KEY_DUPLICATE_UNIT",
    ],
  ])("%s key is an error", (_label, entries, code) => {
    const r = makeKey({ name: "K", entries: entries as { unit: string; value: string }[] });
    expect(r.key).toBeNull();
    expect(r.findings[0]).toMatchObject({ severity: "error", code });
  });

  test("KEY_PRECISION: four printed decimals on 10.150.000 kr. in whole kroner", () => {
    const key = keyOf("Bloktilskud 2025", REGIONS_2025);
    expect(printedShareShift(key, "10150000").toString()).toBe("507.5");
    const f = keyPrecisionFinding(key, "10150000", 0);
    expect(f).toMatchObject({ severity: "warning", code: "KEY_PRECISION" });
    expect(f!.message).toContain("507.5");
  });

  test("no KEY_PRECISION for mio. kr. at one decimal, nor for exact weights", () => {
    expect(keyPrecisionFinding(keyOf("K", REGIONS_2025), "180", 1)).toBeNull();
    expect(keyPrecisionFinding(keyOf("Bidrag", KRONER_2025), "10150000", 0)).toBeNull();
    // 1000 × 0.00005 = 0.05 is exactly half a step at one decimal: not more than half.
    expect(keyPrecisionFinding(keyOf("K", REGIONS_2025), "1000", 1)).toBeNull();
    expect(keyPrecisionFinding(keyOf("K", REGIONS_2025), "1000.1", 1)).not.toBeNull();
  });
});
