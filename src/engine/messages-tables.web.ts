import { languageChunks } from "./language-chunks";
import type { Lang, MessageTable } from "./messages";

/**
 * The add-in page's finding messages, one language per chunk (issue 13: the two languages were
 * ≈ 10 KB of the page's first download). The page loads its user's language before anything
 * makes a finding (taskpane/index.tsx, the functions' guard, the ribbon command) and the
 * settings' language when it changes; webpack.config.js puts this module in place of
 * messages-tables.ts.
 */
const chunks = languageChunks<MessageTable>((lang) =>
  lang === "da"
    ? import(/* webpackChunkName: "messages-da" */ "./messages-da").then(
        (m) => m.MESSAGES_DA,
      )
    : import(/* webpackChunkName: "messages-en" */ "./messages-en").then(
        (m) => m.MESSAGES_EN,
      ),
);

/** The language's messages when loaded; else null, and they start loading for next time. */
export function messageTable(lang: Lang): MessageTable | null {
  const table = chunks.loaded(lang);
  if (!table) void chunks.load(lang);
  return table ?? null;
}

/** Whether the language's messages are there, once loaded; never rejects (messageFor says when they are not). */
export function loadMessages(lang: Lang): Promise<boolean> {
  return chunks.load(lang);
}
