import type { Lang } from "./messages";

/**
 * Words kept one language per chunk on the add-in page (issue 13): the finding messages, the
 * pane's words and the functions' problems each load their language's table through this one
 * loader. `load` never rejects: a failed load says false and is tried again next call.
 */
export interface LanguageChunks<T> {
  /** The language's table when loaded; undefined until then. */
  loaded(lang: Lang): T | undefined;
  /** Whether the language's table is there, once loaded. */
  load(lang: Lang): Promise<boolean>;
}

export function languageChunks<T>(
  chunkOf: (lang: Lang) => Promise<T>,
): LanguageChunks<T> {
  const tables: Partial<Record<Lang, T>> = {};
  const loading: Partial<Record<Lang, Promise<boolean>>> = {};
  return {
    loaded: (lang) => tables[lang],
    load: (lang) =>
      (loading[lang] ??= chunkOf(lang).then(
        (table) => {
          tables[lang] = table;
          return true;
        },
        () => {
          delete loading[lang];
          return false;
        },
      )),
  };
}
