/**
 * What the add-in's one shared-runtime page downloads: a production build (webpack.config.js)
 * into a temporary folder, then every script taskpane.html loads, gzipped (zlib's default
 * level, as a web server compresses). office.js comes from Microsoft's CDN and is not counted.
 * Target: ≤ 180 KB in total.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { buildAddin, OFFICE_JS_CDN, scriptSources } from "../test/e2e/build";

export async function run(): Promise<{ gzipBytesTotal: number; files: Record<string, number> }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-bundles-"));
  try {
    await buildAddin(dir);
    const sources = scriptSources(fs.readFileSync(path.join(dir, "taskpane.html"), "utf8")).filter((src) => src !== OFFICE_JS_CDN);
    const files: Record<string, number> = {};
    for (const src of sources) {
      if (/^[a-z]+:|^\/\//i.test(src)) throw new Error(`taskpane.html loads ${src} from elsewhere: count it or serve it`);
      files[src] = gzipSync(fs.readFileSync(path.join(dir, src))).length;
    }
    if (Object.keys(files).length === 0) throw new Error("taskpane.html loads no scripts of its own");
    return { gzipBytesTotal: Object.values(files).reduce((a, b) => a + b, 0), files };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
