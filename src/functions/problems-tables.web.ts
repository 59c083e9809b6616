import { languageChunks, type Lang } from "../engine";
import type { ProblemTable } from "./messages";

/**
 * The add-in page's problem messages of the worksheet functions, one language per chunk – the
 * chunk of the language's finding messages. Every function call waits for its language first
 * (guard.ts).
 */
const chunks = languageChunks<ProblemTable>((lang) =>
  lang === "da"
    ? import(/* webpackChunkName: "messages-da" */ "./problems-da").then(
        (m) => m.PROBLEMS_DA,
      )
    : import(/* webpackChunkName: "messages-en" */ "./problems-en").then(
        (m) => m.PROBLEMS_EN,
      ),
);

export function problemTable(lang: Lang): ProblemTable | null {
  return chunks.loaded(lang) ?? null;
}

/** Whether the language's messages are there, once loaded; never rejects (a failed load is tried again next call). */
export function loadProblems(lang: Lang): Promise<boolean> {
  return chunks.load(lang);
}
