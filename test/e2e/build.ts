/**
 * Production builds of the add-in into a folder of one's own (never dist/), for the browser
 * end-to-end test and the bundle-size bench; and the scripts the built page loads.
 */
import { spawn } from "child_process";
import * as path from "path";

export const ROOT = path.resolve(__dirname, "../..");
/** Where taskpane.html loads office.js from. */
export const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

/** Runs webpack-cli in the repo; rejects with its output when it fails. */
function webpack(args: string[]): Promise<void> {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [ROOT] });
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: ROOT, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d) => (output += d));
    child.stderr.on("data", (d) => (output += d));
    child.on("error", reject);
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`webpack ${args.join(" ")} failed (${code}):\n${output}`))));
  });
}

/** `npm run build` (webpack.config.js, production) into `outDir`. */
export function buildAddin(outDir: string): Promise<void> {
  return webpack(["--mode", "production", "--output-path", outDir]);
}

/** The office.js stand-in (test/e2e/stub/office.ts) → `outDir`/office-stub.js. */
export function buildOfficeStub(outDir: string): Promise<void> {
  return webpack(["--config", path.join("test", "e2e", "webpack.stub.config.js"), "--env", `outDir=${outDir}`]);
}

/** The `src` of every <script> of a page, in order (the built html is minified: attributes may be unquoted). */
export function scriptSources(html: string): string[] {
  const sources: string[] = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) {
    const src = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    if (src) sources.push(src[1] ?? src[2] ?? src[3]);
  }
  return sources;
}
