import type { Lang } from "../engine";
import type { ProblemTable } from "./messages";
import { PROBLEMS_DA } from "./problems-da";
import { PROBLEMS_EN } from "./problems-en";

/**
 * Both languages' problem messages, there from the start (the tests). The add-in page is built
 * with problems-tables.web.ts in this module's place (webpack.config.js): one language at a time.
 */
const TABLES: Record<Lang, ProblemTable> = { da: PROBLEMS_DA, en: PROBLEMS_EN };

export function problemTable(lang: Lang): ProblemTable | null {
  return TABLES[lang];
}

/** Whether the language's messages are there, once loaded (at once here; the page's build waits). */
export function loadProblems(lang: Lang): Promise<boolean> {
  void lang;
  return Promise.resolve(true);
}
