import type { Lang } from "../engine";
import type { ProblemTable } from "./messages";

/**
 * The add-in page's problem messages of the worksheet functions, one language per chunk – the
 * chunk of the language's finding messages. Every function call waits for its language first
 * (guard.ts).
 */
const loaded: Partial<Record<Lang, ProblemTable>> = {};
const loading: Partial<Record<Lang, Promise<boolean>>> = {};

export function problemTable(lang: Lang): ProblemTable | null {
  return loaded[lang] ?? null;
}

/** Whether the language's messages are there, once loaded; never rejects (a failed load is tried again next call). */
export function loadProblems(lang: Lang): Promise<boolean> {
  loading[lang] ??= chunkOf(lang).then(
    (table) => {
      loaded[lang] = table;
      return true;
    },
    () => {
      delete loading[lang];
      return false;
    },
  );
  return loading[lang];
}

function chunkOf(lang: Lang): Promise<ProblemTable> {
  return lang === "da"
    ? import(/* webpackChunkName: "messages-da" */ "./problems-da").then(
        (m) => m.PROBLEMS_DA,
      )
    : import(/* webpackChunkName: "messages-en" */ "./problems-en").then(
        (m) => m.PROBLEMS_EN,
      );
}
