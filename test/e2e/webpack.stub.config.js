/*
 * Bundles the office.js stand-in of the browser end-to-end test (test/e2e/stub/office.ts, with
 * the fake workbook of test/excel/fake) into one classic script: office-stub.js in --env outDir.
 */
const path = require("path");

module.exports = (env = {}) => {
  if (!env.outDir) throw new Error("webpack.stub.config.js: pass --env outDir=<folder>");
  return {
    mode: "development",
    devtool: false,
    target: ["web", "es2020"],
    entry: path.resolve(__dirname, "stub/office.ts"),
    output: { path: path.resolve(env.outDir), filename: "office-stub.js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { module: "esnext", target: "es2020", noEmit: false, sourceMap: false } },
          },
        },
      ],
    },
    performance: { hints: false },
  };
};
