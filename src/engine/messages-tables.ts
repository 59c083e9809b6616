import type { Lang, MessageTable } from "./messages";
import { MESSAGES_DA } from "./messages-da";
import { MESSAGES_EN } from "./messages-en";

/**
 * Both languages' finding messages, there from the start: the command line, the tests and
 * every script. The add-in page is built with messages-tables.web.ts in this module's place
 * (webpack.config.js), which loads one language at a time.
 */
const TABLES: Record<Lang, MessageTable> = { da: MESSAGES_DA, en: MESSAGES_EN };

/** The language's messages (always there here). */
export function messageTable(lang: Lang): MessageTable | null {
  return TABLES[lang];
}

/** Whether the language's messages are there, once loaded (at once here; the page's build waits). */
export function loadMessages(lang: Lang): Promise<boolean> {
  void lang;
  return Promise.resolve(true);
}
