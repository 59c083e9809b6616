import type { Lang } from "../engine";
import { STRINGS_DA } from "./strings-da";
import { STRINGS_EN, type Strings } from "./strings-en";

/**
 * Both languages' pane words, there from the start (the tests). The add-in page is built with
 * strings-tables.web.ts in this module's place (webpack.config.js): one language at a time.
 */
const TABLES: Record<Lang, Strings> = { da: STRINGS_DA, en: STRINGS_EN };

export function paneStrings(lang: Lang): Strings {
  return TABLES[lang];
}

/** Whether the language's words are there, once loaded (at once here; the page's build waits). */
export function loadPaneStrings(lang: Lang): Promise<boolean> {
  void lang;
  return Promise.resolve(true);
}

/** Whether the language's words are there now. */
export function paneStringsLoaded(lang: Lang): boolean {
  void lang;
  return true;
}
