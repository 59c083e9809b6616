import * as React from "react";
import { loadMessages, type Lang } from "../engine";
import { loadPaneStrings, paneStringsLoaded } from "./strings-tables";

/**
 * The page's words come one language at a time (issue 13): the pane's words and the finding
 * messages of a language load together (one chunk on the page; at once in the tests).
 * Whether both are there, once loaded; never rejects.
 */
export async function loadLanguage(lang: Lang): Promise<boolean> {
  const [messages, strings] = await Promise.all([
    loadMessages(lang),
    loadPaneStrings(lang),
  ]);
  return messages && strings;
}

/**
 * A language chosen in the pane loads, and the pane shows it once it is there (until then it
 * keeps the words it has).
 */
export function useLanguage(lang: Lang): void {
  const [, loaded] = React.useState(0);
  React.useEffect(() => {
    if (paneStringsLoaded(lang)) return;
    let live = true;
    void loadLanguage(lang).then(() => live && loaded((n) => n + 1));
    return () => {
      live = false;
    };
  }, [lang]);
}
