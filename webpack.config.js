/*
 * Builds the add-in's one shared-runtime page: taskpane.html loads the task pane, the ribbon
 * commands and the custom functions (office.js comes from Microsoft's CDN, not the bundle).
 * `npm run build` (production) works offline; `npm run dev-server` serves https on 3000 when the
 * Office dev certificates are installed (`npx office-addin-dev-certs install`), else http.
 *
 * Where the add-in will be hosted comes from the build, never from this file:
 *   npm run build -- --env url=https://intranet.example.dk/fordel/
 *   FORDEL_URL=https://intranet.example.dk/fordel/ npm run build
 * dist/manifest.xml then points every URL there (and only there); see docs/deploy.md. Without a
 * URL the production build keeps the development manifest (https://localhost:3000/) and says so.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

/** Where the manifest points during development. */
const DEV_URL = "https://localhost:3000/";
/** The help page the manifest's SupportUrl and LearnMoreUrl point at (emitted by the build). */
const HELP_PAGE = "help.html";

const FUNCTIONS = "./src/functions/functions.ts";
const DANISH_FUNCTIONS_METADATA = "src/functions/functions-da.json";
/** The pane's stylesheet, inlined into taskpane.html (no style compiler in the page's JavaScript). */
const PANE_CSS = "src/taskpane/pane.css";
/**
 * Modules with both languages' words, each with a `.web` twin that loads one language at a time
 * (one chunk per language, `messages-da`/`messages-en`: finding messages, pane words, the
 * functions' problems): the page's build uses the twins, the
 * command line and the tests the modules themselves. Folder → the request swapped there.
 */
/** @fluentui/tokens' table of token variables (replaced by src/taskpane/fluent-tokens.ts). */
const FLUENT_TOKENS = path.join(path.dirname(require.resolve("@fluentui/tokens")), "..", "lib", "tokens.js");
if (!fs.existsSync(FLUENT_TOKENS)) throw new Error(`Fluent's tokens table moved (not at ${FLUENT_TOKENS}): update webpack.config.js`);
const PER_LANGUAGE = {
  [path.resolve(__dirname, "src", "engine")]: "./messages-tables",
  [path.resolve(__dirname, "src", "taskpane")]: "./strings-tables",
  [path.resolve(__dirname, "src", "functions")]: "./problems-tables",
};

/** pane.css without its comments and spare white space, for the page's <style>. */
function paneStyleSheet() {
  return fs
    .readFileSync(path.resolve(__dirname, PANE_CSS), "utf8")
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};,>])\s*/g, "$1")
    .replace(/: /g, ":")
    .trim();
}

/**
 * The hosting URL given to the build (`--env url=…`, else FORDEL_URL), as a base ending in "/";
 * null when none is given. Office loads add-ins over https only.
 */
function productionUrl(env = {}, environment = process.env) {
  const given = env.url || environment.FORDEL_URL;
  if (!given) return null;
  let url;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`The hosting URL "${given}" is not a URL (e.g. --env url=https://intranet.example.dk/fordel/).`);
  }
  if (url.protocol !== "https:") throw new Error(`The hosting URL must be https (Office loads add-ins over https only): ${given}`);
  if (url.search || url.hash) throw new Error(`The hosting URL must not have a query or fragment: ${given}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** The manifest for production: every development URL points at `baseUrl` (from `productionUrl`). */
function productionManifest(xml, baseUrl) {
  if (!baseUrl) throw new Error("productionManifest needs the hosting URL");
  return xml.split(DEV_URL).join(baseUrl);
}

/** Office's dev certificates, when installed (reading files only: no prompts, no network). */
function devCertificates() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { ca: "ca.crt", cert: "localhost.crt", key: "localhost.key" };
  const entries = Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]);
  if (!entries.every(([, p]) => fs.existsSync(p))) return null;
  return Object.fromEntries(entries.map(([k, p]) => [k, fs.readFileSync(p)]));
}

module.exports = (env = {}, options = {}) => {
  const dev = options.mode === "development";
  const baseUrl = dev ? null : productionUrl(env);
  if (!dev && !baseUrl && !env.WEBPACK_SERVE) {
    console.warn("No hosting URL (--env url=https://… or FORDEL_URL): dist/manifest.xml points at https://localhost:3000/ (development). See docs/deploy.md.");
  }
  const certs = env.WEBPACK_SERVE ? devCertificates() : null;
  if (env.WEBPACK_SERVE && !certs) {
    console.warn("No Office dev certificates (npx office-addin-dev-certs install): serving over http, which Excel will not load.");
  }
  return {
    devtool: dev ? "source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
      functions: FUNCTIONS,
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              // ES modules, so webpack can tree-shake; the repo's tsconfig is CommonJS for Node and jest.
              compilerOptions: { module: "esnext", target: "es2020", noEmit: false, sourceMap: dev },
            },
          },
        },
      ],
    },
    optimization: {
      // One webpack runtime for the three entries: they share module instances (e.g. the
      // ribbon's last fill, read by the task pane) as the shared runtime shares one page.
      runtimeChunk: "single",
      splitChunks: { chunks: "all", cacheGroups: { vendors: { test: /[\\/]node_modules[\\/]/, name: "vendors", priority: -10 } } },
    },
    performance: { hints: dev ? false : "warning", maxEntrypointSize: 600 * 1024, maxAssetSize: 600 * 1024 },
    plugins: [
      // Fluent's table of token variables, made on use (src/taskpane/fluent-tokens.ts).
      new NormalModuleReplacementPlugin(/[\\/]tokens\.js$/, (resource) => {
        if (path.resolve(resource.context, resource.request) === FLUENT_TOKENS) resource.request = path.resolve(__dirname, "src", "taskpane", "fluent-tokens.ts");
      }),
      // The page loads its words one language at a time (PER_LANGUAGE).
      new NormalModuleReplacementPlugin(/^\.\/[\w-]+-tables$/, (resource) => {
        if (PER_LANGUAGE[path.resolve(resource.context)] === resource.request) resource.request += ".web";
      }),
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        templateParameters: { paneCss: paneStyleSheet() },
        chunks: ["runtime", "vendors", "functions", "commands", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: baseUrl ? (content) => productionManifest(content.toString(), baseUrl) : undefined },
          { from: "src/help/help.html", to: HELP_PAGE },
          { from: DANISH_FUNCTIONS_METADATA, to: "functions-da.json" },
          { from: "src/commands/confirm.html", to: "confirm.html" },
        ],
      }),
    ],
    devServer: {
      port: 3000,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: certs ? { type: "https", options: certs } : "http",
      static: false,
    },
  };
};

module.exports.DEV_URL = DEV_URL;
module.exports.HELP_PAGE = HELP_PAGE;
module.exports.paneStyleSheet = paneStyleSheet;
module.exports.productionUrl = productionUrl;
module.exports.productionManifest = productionManifest;
