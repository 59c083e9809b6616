import "./setup";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import * as path from "path";
import * as functions from "../../src/functions/functions";
import danish from "../../src/functions/functions-da.json";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, unknown>;
}

const SOURCE = path.join(__dirname, "../../src/functions/functions.ts");
let generated: { functions: FunctionMetadata[] };
let associate: { functionName: string; id: string }[];

beforeAll(async () => {
  const result = await generateCustomFunctionsMetadata(SOURCE);
  expect(result.errors).toEqual([]);
  generated = JSON.parse(result.metadataJson);
  associate = result.associate;
}, 60_000);

/** What Excel sees of a parameter besides its display name and description. */
const shape = (p: Parameter) => ({ type: p.type ?? "any", dimensionality: p.dimensionality ?? "scalar", optional: p.optional ?? false });

describe("generated metadata (functions.json)", () => {
  test("the five functions, ids = names", () => {
    expect(generated.functions.map((f) => [f.id, f.name])).toEqual([
      ["REGIONSHARE", "REGIONSHARE"],
      ["SHARES", "SHARES"],
      ["APPORTION", "APPORTION"],
      ["KEYSHARE", "KEYSHARE"],
      ["ROUNDTABLE", "ROUNDTABLE"],
    ]);
  });

  test("parameters: names, types, optional flags, dimensionality; results", () => {
    const signature = Object.fromEntries(
      generated.functions.map((f) => [
        f.id,
        {
          parameters: f.parameters.map((p) => ({ name: p.name, ...shape(p) })),
          result: { type: f.result.type, dimensionality: f.result.dimensionality ?? "scalar" },
        },
      ]),
    );
    const amount = { name: "amount", type: "any", dimensionality: "scalar", optional: false };
    const unit = { name: "unit", type: "any", dimensionality: "scalar", optional: false };
    const key = { name: "key", type: "any", dimensionality: "matrix", optional: false };
    const decimals = { name: "decimals", type: "any", dimensionality: "scalar", optional: true };
    expect(signature).toEqual({
      REGIONSHARE: { parameters: [amount, unit, key, decimals], result: { type: "number", dimensionality: "scalar" } },
      SHARES: { parameters: [amount, key, decimals], result: { type: "number", dimensionality: "matrix" } },
      APPORTION: {
        parameters: [{ ...amount, name: "amounts", dimensionality: "matrix" }, key, decimals],
        result: { type: "number", dimensionality: "matrix" },
      },
      KEYSHARE: { parameters: [unit, key], result: { type: "number", dimensionality: "scalar" } },
      ROUNDTABLE: { parameters: [{ ...key, name: "range" }, decimals], result: { type: undefined, dimensionality: "matrix" } },
    });
  });

  test("every function and parameter has a description", () => {
    for (const f of generated.functions) {
      expect(f.description.length).toBeGreaterThan(20);
      for (const p of f.parameters) expect([f.id, p.name, (p.description ?? "").length > 10]).toEqual([f.id, p.name, true]);
    }
  });

  test("the build associates each id with an exported function of functions.ts", () => {
    expect(associate.map((a) => a.id)).toEqual(["REGIONSHARE", "SHARES", "APPORTION", "KEYSHARE", "ROUNDTABLE"]);
    for (const a of associate) expect(typeof (functions as Record<string, unknown>)[a.functionName]).toBe("function");
  });
});

describe("Danish metadata (functions-da.json) is in step with the generated metadata", () => {
  const da = danish as unknown as { functions: FunctionMetadata[] };

  test("the same function ids, in the same order", () => {
    expect(da.functions.map((f) => f.id)).toEqual(generated.functions.map((f) => f.id));
  });

  test("the same parameters (count, order, type, dimensionality, optional) and results; names and descriptions in Danish", () => {
    for (const [i, f] of generated.functions.entries()) {
      const d = da.functions[i];
      expect([f.id, d.parameters.map(shape)]).toEqual([f.id, f.parameters.map(shape)]);
      expect([f.id, d.result]).toEqual([f.id, f.result]);
      expect([f.id, d.options]).toEqual([f.id, f.options]);
      expect(d.description).not.toBe(f.description);
      for (const [j, p] of d.parameters.entries()) expect(p.description).not.toBe(f.parameters[j].description);
    }
    expect(da.functions.map((f) => f.parameters.map((p) => p.name))).toEqual([
      ["beløb", "enhed", "nøgle", "decimaler"],
      ["beløb", "nøgle", "decimaler"],
      ["beløb", "nøgle", "decimaler"],
      ["enhed", "nøgle"],
      ["område", "decimaler"],
    ]);
  });

  test("Danish names follow Excel's rules: a letter first, 3+ characters, Unicode letters, digits, . and _, no cell reference", () => {
    const names = da.functions.map((f) => f.name);
    expect(names).toEqual(["REGIONSANDEL", "ANDELE", "FORDEL", "NØGLEANDEL", "AFRUNDTABEL"]);
    for (const name of names) {
      expect(name).toMatch(/^\p{L}[\p{L}\p{Nd}._]{2,127}$/u);
      expect(name).not.toMatch(/^[A-Z]{1,3}[0-9]+$|^R[0-9]+C[0-9]+$/);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  test("the file's top-level settings match the generated ones", () => {
    const { functions: _g, ...generatedTop } = generated as unknown as Record<string, unknown>;
    const { functions: _d, ...danishTop } = danish as unknown as Record<string, unknown>;
    expect(danishTop).toEqual(generatedTop);
  });
});
