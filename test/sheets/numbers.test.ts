import { parseNumberText, readNumber } from "../../src/sheets/numbers";
import { cell } from "./grid-helpers";

describe("numbers written as text", () => {
  test.each([
    ["1.570.129", "1570129", 0],
    ["0,3116", "0.3116", 4],
    ["9,0", "9", 1],
    ["31,16 %", "0.3116", 4],
    ["31,16%", "0.3116", 4],
    ["-0,8", "-0.8", 1],
    ["−0,8", "-0.8", 1],
    ["1,570,129.00", "1570129", 2],
    ["1.570.129,50", "1570129.5", 2],
    ["10.150.000", "10150000", 0],
    ["1.570", "1570", 0],
    ["0.3116", "0.3116", 4],
    ["9.0", "9", 1],
    ["1,5", "1.5", 1],
    ["109,1", "109.1", 1],
    ["3 162 514", "3162514", 0],
    ["(0,8)", "-0.8", 1],
    ["  60 ", "60", 0],
  ])("%s → %s (%i places)", (text, value, places) => {
    const n = parseNumberText(text);
    expect(n).not.toBeNull();
    expect(n!.value.toString()).toBe(value);
    expect(n!.places).toBe(places);
  });

  test.each(["abc", "1,2,3", "1.57.1", "12 mio", "1,000.000,5", "0.570.129", "", "--1", "1e5", "1.2.3,4"])("%s is not a number", (text) => {
    expect(parseNumberText(text)).toBeNull();
  });
});

describe("cells as amounts", () => {
  test("a lone dash or an empty cell is blank", () => {
    for (const v of ["-", "–", "—", "  ", null]) expect(readNumber(cell(v)).kind).toBe("blank");
  });

  test("other text is bad, not zero", () => {
    expect(readNumber(cell("ca. 5"))).toEqual({ kind: "bad", text: "ca. 5" });
    expect(readNumber(cell(true)).kind).toBe("bad");
  });

  test("a real number is read as Excel shows it (15 digits)", () => {
    const n = readNumber(cell(0.1 + 0.2));
    expect(n.kind === "number" && n.value.toString()).toBe("0.3");
  });

  test("the shown text gives the decimal places of a whole number formatted with one decimal", () => {
    const n = readNumber({ value: 60, text: "60.0", indent: 0 });
    expect(n.kind === "number" && n.places).toBe(1);
    const m = readNumber({ value: 60, text: "60", indent: 0 });
    expect(m.kind === "number" && m.places).toBe(0);
  });

  test.each([
    [9, "9.000", 3],
    [1.5, "1.500", 3],
    [9, "9,000", 3],
    [9000, "9,000", 0],
    [9000, "9.000", 0],
    [1570129, "1.570.129", 0],
    [1570129, "1,570,129", 0],
    [0.3116, "0,3116", 4],
    [0.3116, "0.3116", 4],
    [1.57, "1,6", 2],
    [60, "", 0],
  ])("a real number %d shown as %j has %i decimal places: the value is the truth, the text is read the way that gives it", (value, text, places) => {
    const n = readNumber({ value, text, indent: 0 });
    expect(n.kind === "number" && [n.value.toNumber(), n.places]).toEqual([value, places]);
  });

  test("text is still read the Danish way when a lone separator is followed by three digits; English on request", () => {
    expect(parseNumberText("1.500")!.value.toString()).toBe("1500");
    expect(parseNumberText("1.500", "en")).toEqual({ value: expect.anything(), places: 3 });
    expect(parseNumberText("1,500", "en")!.value.toString()).toBe("1500");
    expect(parseNumberText("1,5", "en")!.value.toString()).toBe("1.5");
  });
});
