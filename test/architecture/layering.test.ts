import { spawnSync } from "child_process";
import path from "path";

/** Lints `code` as if it were the file `file` of the repository, with the repository's config. */
function lint(file: string, code: string): { ruleId: string | null; message: string }[] {
  const root = path.resolve(__dirname, "../..");
  const eslint = path.join(root, "node_modules/eslint/bin/eslint.js");
  const run = spawnSync(process.execPath, [eslint, "-c", "eslint.config.mjs", "--stdin", "--stdin-filename", file, "-f", "json"], {
    cwd: root,
    input: code,
    encoding: "utf8",
  });
  const [result] = JSON.parse(run.stdout) as { messages: { ruleId: string | null; message: string }[] }[];
  return result.messages.filter((m) => m.ruleId === "no-restricted-imports");
}

describe("the lint config enforces the layering (docs/architecture.md)", () => {
  test("the engine imports nothing of ours", () => {
    const found = lint("src/engine/scratch.ts", 'import { Grid } from "../sheets/grid";\nexport type X = Grid;\n');
    expect(found).toHaveLength(1);
    expect(found[0].message).toMatch(/engine imports nothing/);
  });

  test("outside the engine, only through its index", () => {
    expect(lint("src/sheets/scratch.ts", 'import { Dec } from "../engine/decimal";\nexport const x = Dec;\n')).toHaveLength(1);
    expect(lint("src/sheets/scratch.ts", 'import { Dec } from "../engine";\nexport const x = Dec;\n')).toHaveLength(0);
  });

  test("hosts never import each other, shells never import the command line", () => {
    expect(lint("src/excel/scratch.ts", 'import { x } from "../cli/zip";\nexport const y = x;\n')).toHaveLength(1);
    expect(lint("src/cli/scratch.ts", 'import { x } from "../excel/fill";\nexport const y = x;\n')).toHaveLength(1);
    expect(lint("src/taskpane/scratch.tsx", 'import { x } from "../cli/main";\nexport const y = x;\n')).toHaveLength(1);
  });
});
