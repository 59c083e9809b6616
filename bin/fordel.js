#!/usr/bin/env node
// The CLI is compiled to lib/ by `npm ci` (the package's prepare script). Whatever happens, the
// user gets a message and an exit code, never a stack trace (unless --debug).
const debug = process.argv.includes("--debug");
function fail(e) {
  process.stderr.write(
    `Uventet fejl i Fordel / unexpected error in Fordel: ${(e && e.message) || e}\n` +
      "Intet er skrevet, og inputfilen er uændret / nothing was written and the input is unchanged. Kør igen med --debug / run again with --debug.\n",
  );
  if (debug && e && e.stack) process.stderr.write(`${e.stack}\n`);
  process.exitCode = 2;
}
process.on("uncaughtException", fail);
process.on("unhandledRejection", fail);
try {
  require("../lib/cli/main.js")
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, fail);
} catch (e) {
  fail(e);
}
