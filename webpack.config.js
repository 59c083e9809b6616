/*
 * Builds the add-in's one shared-runtime page: taskpane.html loads the task pane, the ribbon
 * commands and the custom functions (office.js comes from Microsoft's CDN, not the bundle).
 * `npm run build` (production) works offline; `npm run dev-server` serves https on 3000 when the
 * Office dev certificates are installed (`npx office-addin-dev-certs install`), else http.
 */
const fs = require("fs");
const os = require("os");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");

/** Where the manifest points during development. */
const DEV_URL = "https://localhost:3000/";
/** PLACEHOLDER: where the production build will be hosted. Set it before publishing the add-in. */
const PRODUCTION_URL = "https://fordel.example.com/";

const FUNCTIONS = "./src/functions/functions.ts";
const DANISH_FUNCTIONS_METADATA = "src/functions/functions-da.json";

/** The manifest for production: every development URL points at PRODUCTION_URL. */
function productionManifest(xml) {
  return xml.split(DEV_URL).join(PRODUCTION_URL);
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
      new CustomFunctionsMetadataPlugin({ output: "functions.json", input: FUNCTIONS }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["runtime", "vendors", "functions", "commands", "taskpane"],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: dev ? undefined : (content) => productionManifest(content.toString()) },
          { from: DANISH_FUNCTIONS_METADATA, to: "functions-da.json" },
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
module.exports.PRODUCTION_URL = PRODUCTION_URL;
module.exports.productionManifest = productionManifest;
