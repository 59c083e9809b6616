/**
 * `npm run -s bench`: prints one JSON object of figures on stdout and nothing else there.
 * Each section is a module exporting `run()`; progress goes to stderr.
 */
type Section = { name: string; load: () => Promise<{ run: () => Promise<unknown> }> };

const SECTIONS: Section[] = [
  { name: "apportion", load: () => import("./apportion") },
  { name: "reconciled", load: () => import("./reconciled") },
  { name: "pass-on", load: () => import("./pass-on") },
  { name: "roundTable", load: () => import("./round-table") },
  { name: "revision", load: () => import("./revision") },
  { name: "price-level", load: () => import("./price-level") },
  { name: "cli", load: () => import("./cli") },
  { name: "functions", load: () => import("./functions") },
  { name: "excel", load: () => import("./excel") },
  { name: "ownership", load: () => import("./ownership") },
  { name: "bundles", load: () => import("./bundles") },
];

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const figures: Record<string, unknown> = {};
  for (const section of SECTIONS) {
    if (only.length > 0 && !only.includes(section.name)) continue;
    process.stderr.write(`bench: ${section.name}…\n`);
    figures[section.name] = await (await section.load()).run();
  }
  process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
