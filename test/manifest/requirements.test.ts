/**
 * The requirement sets manifest.xml declares are the ones the code uses: every Office.js member
 * used in src/ (property, method, class, enum member – found by the TypeScript checker) with the
 * `[Api set: …]` annotation of its declaration in @types/office-js or @types/custom-functions-runtime
 * or @types/office-runtime; each set the code uses is declared at the highest version used, and
 * src/excel/requirements.ts (what the pane checks at start) says the same. A set of OPTIONAL_SETS
 * (used only where the host says it has it, e.g. cell notes) is not declared: its members are
 * counted apart.
 */
import { readFileSync } from "fs";
import { join } from "path";
import * as ts from "typescript";
import { OPTIONAL_SETS, REQUIRED_SETS } from "../../src/excel/requirements";
import { child, parseXml } from "./xml";

const ROOT = join(__dirname, "..", "..");
/** Sets of other hosts (an annotation may name several: "SharedRuntime 1.1, Mailbox 1.10"). */
const OTHER_HOSTS = /^(Mailbox|Word|PowerPoint|OneNote|Outlook|Visio|Project)/;
const TYPES = /@types[\\/](office-js|custom-functions-runtime|office-runtime)[\\/]/;

const compare = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** Api sets of one declaration's doc comment: [["ExcelApi", "1.9"]]. */
function apiSets(declaration: ts.Declaration): [string, string][] {
  const text = declaration.getSourceFile().text.slice(declaration.getFullStart(), declaration.getStart());
  const found = /\[Api set: ([^\]]+)\]/.exec(text);
  if (!found) return [];
  return found[1]
    .split(",")
    .map((s) => s.trim().split(/\s+/) as [string, string])
    .filter(([name, version]) => name && /^\d+(\.\d+)*$/.test(version ?? "") && !OTHER_HOSTS.test(name));
}

const optional = (set: string, version: string) => OPTIONAL_SETS.some((s) => s.name === set && s.version === version);

/** Highest version used of each set, with a member that needs it (`optionalUsed`: the members of an optional set). */
function setsUsed(optionalUsed: string[] = []): Map<string, { version: string; member: string }> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, "tsconfig.json"), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} })!;
  const files = config.fileNames.filter((f) => f.includes(`${join(ROOT, "src")}`));
  const program = ts.createProgram({ rootNames: files, options: { ...config.options, noEmit: true } });
  const checker = program.getTypeChecker();
  const used = new Map<string, { version: string; member: string }>();
  const visit = (node: ts.Node) => {
    const name = ts.isPropertyAccessExpression(node) ? node.name : ts.isQualifiedName(node) ? node.right : undefined;
    const symbol = name && checker.getSymbolAtLocation(name);
    for (const declaration of symbol?.declarations ?? []) {
      if (!TYPES.test(declaration.getSourceFile().fileName)) continue;
      for (const [set, version] of apiSets(declaration)) {
        if (optional(set, version)) {
          optionalUsed.push(`${set} ${version}: ${name!.getText()} (${node.getSourceFile().fileName.slice(ROOT.length + 1)})`);
          continue;
        }
        const was = used.get(set);
        if (!was || compare(version, was.version) > 0)
          used.set(set, { version, member: `${name!.getText()} (${node.getSourceFile().fileName.slice(ROOT.length + 1)})` });
      }
      break; // the first declaration of an overloaded member
    }
    ts.forEachChild(node, visit);
  };
  for (const file of program.getSourceFiles()) if (files.includes(file.fileName)) visit(file);
  return used;
}

const manifest = parseXml(readFileSync(join(ROOT, "manifest.xml"), "utf8"));
const declared = new Map(child(child(manifest, "Requirements"), "Sets").children.map((s) => [s.attrs.Name, s.attrs.MinVersion]));

describe("requirement sets", () => {
  const optionalUsed: string[] = [];
  const used = setsUsed(optionalUsed);

  test("the optional sets are used, only in src/excel, and are above what the manifest declares", () => {
    expect(OPTIONAL_SETS.every((s) => optionalUsed.some((m) => m.startsWith(`${s.name} ${s.version}:`)))).toBe(true);
    expect(optionalUsed.filter((m) => !/\(src[\\/]excel[\\/]/.test(m))).toEqual([]);
    for (const s of OPTIONAL_SETS) expect(compare(s.version, declared.get(s.name) ?? "0")).toBeGreaterThan(0);
  });

  test("the code uses ExcelApi members up to 1.9 (so the check below can fail)", () => {
    expect(used.get("ExcelApi")?.version).toBe("1.9");
    expect([...used.keys()]).toEqual(expect.arrayContaining(["ExcelApi", "CustomFunctionsRuntime"]));
  });

  test("manifest.xml declares every set used, at the highest version used", () => {
    for (const [set, { version, member }] of used) {
      expect({ set, member, declared: declared.get(set) }).toEqual({ set, member, declared: version });
    }
  });

  test("the pane checks at start what the manifest declares", () => {
    expect(REQUIRED_SETS.map((s) => [s.name, s.version]).sort()).toEqual([...declared.entries()].sort());
  });
});
