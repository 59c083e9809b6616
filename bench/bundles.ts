/**
 * What the add-in's one shared-runtime page downloads: a production build (webpack.config.js)
 * into a temporary folder, every script of it gzipped (zlib's default level, as a web server
 * compresses). office.js comes from Microsoft's CDN and is not counted.
 * - initial: what the page loads before the user does anything – the scripts taskpane.html
 *   names, and of the chunks loaded at start for the user's language (LANGUAGE_CHUNK) the largest
 *   language's, as one user loads one language;
 * - on demand: every other chunk (the fill's writer, table rounding, the other language, …),
 *   loaded on first use;
 * - total: every script of the build.
 * Target (issue 13): gzipBytesInitial ≤ 180 KB (180.000 bytes).
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { gzipSync } from "zlib";
import { buildAddin, OFFICE_JS_CDN, scriptSources } from "../test/e2e/build";

/** Chunks that load at start in the user's language only (`webpackChunkName: "…-da"`): name, language. */
const LANGUAGE_CHUNK = /^([\w-]+)-(da|en)\.[0-9a-f]+\.js$/;

type When = "initial" | "language" | "onDemand";

export interface BundleFigures {
  gzipBytesInitial: number;
  gzipBytesOnDemand: number;
  gzipBytesTotal: number;
  /** taskpane.html itself, with the pane's inlined stylesheet (not JavaScript). */
  gzipBytesPage: number;
  files: Record<string, { gzipBytes: number; when: When }>;
}

const gzipBytes = (file: string) => gzipSync(fs.readFileSync(file)).length;
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

export async function run(): Promise<BundleFigures> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "fordel-bundles-"));
  try {
    await buildAddin(dir);
    const page = fs.readFileSync(path.join(dir, "taskpane.html"), "utf8");
    const named = scriptSources(page).filter((src) => src !== OFFICE_JS_CDN);
    const files: BundleFigures["files"] = {};
    for (const src of named) {
      if (/^[a-z]+:|^\/\//i.test(src)) throw new Error(`taskpane.html loads ${src} from elsewhere: count it or serve it`);
      files[src] = { gzipBytes: gzipBytes(path.join(dir, src)), when: "initial" };
    }
    if (named.length === 0) throw new Error("taskpane.html loads no scripts of its own");
    for (const name of fs.readdirSync(dir).filter((f) => f.endsWith(".js") && !(f in files))) {
      files[name] = { gzipBytes: gzipBytes(path.join(dir, name)), when: LANGUAGE_CHUNK.test(name) ? "language" : "onDemand" };
    }
    const all = Object.entries(files);
    const bytes = (when: When) => sum(all.filter(([, f]) => f.when === when).map(([, f]) => f.gzipBytes));
    // Per language, what loads at start; the largest counts.
    const perLanguage = new Map<string, number>();
    for (const [name, f] of all.filter(([, f]) => f.when === "language")) {
      const lang = LANGUAGE_CHUNK.exec(name)![2];
      perLanguage.set(lang, (perLanguage.get(lang) ?? 0) + f.gzipBytes);
    }
    const language = Math.max(0, ...perLanguage.values());
    const total = sum(all.map(([, f]) => f.gzipBytes));
    const initial = bytes("initial") + language;
    return {
      gzipBytesInitial: initial,
      gzipBytesOnDemand: total - initial,
      gzipBytesTotal: total,
      gzipBytesPage: gzipBytes(path.join(dir, "taskpane.html")),
      files,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
