#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm ci` (the package's prepare script).
require("../lib/cli/main.js").main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
