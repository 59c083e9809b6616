import { decimalsExample, formatDecimal, langOf, roundedExample, stepName, stringsFor } from "../../src/taskpane/i18n";

describe("i18n", () => {
  test("Danish Office gives Danish, anything else English", () => {
    expect(langOf("da-DK")).toBe("da");
    expect(langOf("da")).toBe("da");
    expect(langOf("DA-dk")).toBe("da");
    expect(langOf("en-US")).toBe("en");
    expect(langOf("de-DE")).toBe("en");
    expect(langOf("")).toBe("da");
    expect(langOf(undefined)).toBe("da");
  });

  test("decimal strings are formatted exactly in the UI language", () => {
    expect(formatDecimal("109.1", "da")).toBe("109,1");
    expect(formatDecimal("1570129", "da")).toBe("1.570.129");
    expect(formatDecimal("1570129", "en")).toBe("1,570,129");
    expect(formatDecimal("-0.8", "da")).toBe("-0,8");
    expect(formatDecimal("-0", "da")).toBe("0");
    // Beyond binary floating point: every digit kept.
    expect(formatDecimal("12345678901234567890.123456789012", "da")).toBe("12.345.678.901.234.567.890,123456789012");
    expect(formatDecimal("9", "da", 1)).toBe("9,0");
    expect(formatDecimal("not a number", "da")).toBe("not a number");
  });

  test("the decimals example rounds like Excel's ROUND", () => {
    expect(roundedExample(1)).toBe("3162514.5");
    expect(roundedExample(0)).toBe("3162514");
    expect(roundedExample(2)).toBe("3162514.48");
    expect(roundedExample(-3)).toBe("3163000");
    expect(roundedExample(-6)).toBe("3000000");
    expect(decimalsExample(1, "da")).toBe("Trin på 0,1: 3.162.514,4837 vises som 3.162.514,5");
    expect(decimalsExample(0, "da")).toBe("Hele tal: 3.162.514,4837 vises som 3.162.514");
    expect(decimalsExample(-3, "en")).toBe("Thousands: 3,162,514.4837 is shown as 3,163,000");
  });

  test("steps are named", () => {
    expect(stepName(3, "da")).toBe("Trin på 0,001");
    expect(stepName(-4, "da")).toBe("Trin på 10.000");
    expect(stepName(-4, "en")).toBe("Steps of 10,000");
    expect(stepName(-2, "en")).toBe("Hundreds");
  });

  test("both languages have every string", () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(stringsFor("da"))).toEqual(keys(stringsFor("en")));
    expect(stringsFor("da").fill).toBe("Udfyld regionsandele");
    expect(stringsFor("en").fill).toBe("Fill region shares");
  });
});
