import { languageChunks, type Lang } from "../engine";
import type { Strings } from "./strings-en";

/**
 * The add-in page's pane words, one language per chunk – the same chunk as the language's
 * finding messages (engine/messages-tables.web.ts). taskpane/index.tsx loads the user's
 * language before the pane shows; a language chosen in the settings loads then (App.tsx), and
 * until it is there the pane keeps the language it has.
 */
const chunks = languageChunks<Strings>((lang) =>
  lang === "da"
    ? import(/* webpackChunkName: "messages-da" */ "./strings-da").then(
        (m) => m.STRINGS_DA,
      )
    : import(/* webpackChunkName: "messages-en" */ "./strings-en").then(
        (m) => m.STRINGS_EN,
      ),
);

export function paneStrings(lang: Lang): Strings {
  const strings =
    chunks.loaded(lang) ?? chunks.loaded(lang === "da" ? "en" : "da");
  if (!strings) throw new Error(`The pane's words (${lang}) are not loaded`);
  return strings;
}

/** Whether the language's words are there, once loaded; never rejects (a failed load is tried again next call). */
export function loadPaneStrings(lang: Lang): Promise<boolean> {
  return chunks.load(lang);
}

export function paneStringsLoaded(lang: Lang): boolean {
  return chunks.loaded(lang) !== undefined;
}
