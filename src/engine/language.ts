import type { Lang } from "./messages";

/**
 * The one rule for the UI language (issue 17), used by the task pane, the ribbon's saved-settings
 * default and the custom functions alike: Office's display language ("da-DK", "en-US", …) →
 * Danish for Danish, English for any other language, and Danish when no language is known (before
 * Office is ready, outside Office) – the same default as the command line's `--lang` and the
 * saved settings, since Fordel is made for Danish budgets.
 */
export function langOf(displayLanguage: string | undefined | null): Lang {
  const tag = (displayLanguage ?? "").trim().toLowerCase();
  if (tag === "") return "da";
  return tag === "da" || tag.startsWith("da-") || tag.startsWith("da_")
    ? "da"
    : "en";
}

/** The locale that writes numbers and dates the language's way. */
export function localeOf(lang: Lang): string {
  return lang === "da" ? "da-DK" : "en-GB";
}
