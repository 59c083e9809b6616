// Lint for the whole repository: office-addin-lint's rules (which `npm run lint` runs with this file),
// extended to .tsx, tests, bench and scripts, plus the layering rules of docs/architecture.md.
import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import reactHooks from "eslint-plugin-react-hooks";

const CODE = ["**/*.{ts,tsx}"];
const recommended = officeAddins.configs.recommended.map((c) => (c.files ? { ...c, files: CODE } : c));

/** Imports a layer may not make: relative paths from inside src/<layer>/ (any depth). */
const up = "^(\\.\\./)+";
const forbid = (...rules) => ({ "no-restricted-imports": ["error", { patterns: rules }] });
const layer = (name, message) => ({ regex: `${up}${name}(/|$)`, message });
const engineInside = {
  regex: `${up}engine/(?!index$).+`,
  message: "Import the engine through its index (src/engine/index.ts).",
};

export default [
  { ignores: ["dist/**", "lib/**", "coverage/**", "test-output/**", "node_modules/**", "**/*.js", "**/*.mjs"] },
  ...recommended,
  {
    files: CODE,
    plugins: { "office-addins": officeAddins, "react-hooks": reactHooks },
    languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "warn",
      // tsc checks names; ESLint's no-undef does not know TypeScript's globals and types.
      "no-undef": "off",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" },
      ],
      complexity: ["warn", 20],
      "max-lines-per-function": ["warn", { max: 80, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    files: ["src/engine/**"],
    rules: forbid(
      ...["sheets", "excel", "cli", "taskpane", "commands", "functions"].map((l) =>
        layer(l, "The engine imports nothing of ours: pure arithmetic, no sheets, no hosts."),
      ),
    ),
  },
  { files: ["src/sheets/**"], rules: forbid(engineInside, ...["excel", "cli", "taskpane", "commands", "functions"].map((l) => layer(l, "src/sheets is host-agnostic: no host or shell imports."))) },
  { files: ["src/excel/**"], rules: forbid(engineInside, layer("cli", "Hosts never import each other."), ...["taskpane", "commands", "functions"].map((l) => layer(l, "Hosts do not import shells."))) },
  { files: ["src/cli/**"], rules: forbid(engineInside, layer("excel", "Hosts never import each other."), ...["taskpane", "commands", "functions"].map((l) => layer(l, "Hosts do not import shells."))) },
  { files: ["src/taskpane/**", "src/commands/**", "src/functions/**"], rules: forbid(engineInside, layer("cli", "Shells never import the command line host.")) },
  {
    files: ["test/**", "bench/**", "scripts/**"],
    // The fake workbook and the wire recorder stand in for Excel: Office's load/sync rules do not apply to them.
    rules: {
      "max-lines-per-function": "off",
      complexity: "off",
      "office-addins/call-sync-before-read": "off",
      "office-addins/load-object-before-read": "off",
      "office-addins/call-sync-after-load": "off",
    },
  },
];
