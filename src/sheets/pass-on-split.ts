import { Dec, Lang } from "../engine";
import { parseNumberText } from "./numbers";

/**
 * A row's own split for a second step, the `Videre` / `Pass on` column (SPEC §1): fixed amounts
 * to named recipients first, then the rest by the group's key, e.g.
 * `Hospice A=0,5; Hospice B=0,5; rest: Hospitaler`. Parts are separated by `;` or line breaks;
 * amounts are in the table's unit, in Danish or English notation; `rest: X` (or `resten: X`)
 * names the group (or one of its keys) the rest goes to, and may be left out.
 */
export interface PassOnSplit {
  fixed: { name: string; amount: Dec }[];
  /** The group or key named for the rest, null when not named (the pass-on's group). */
  rest: string | null;
}

const REST = /^(?:rest(?:en)?|remainder|the\s+rest)\s*(?:[:=]\s*(.*))?$/i;

/** The split, or the first part that cannot be read. */
export function parsePassOnSplit(
  text: string,
  lang: Lang,
): { split: PassOnSplit } | { bad: string } {
  const split: PassOnSplit = { fixed: [], rest: null };
  const parts = text
    .split(/[;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== "");
  if (parts.length === 0) return { bad: text };
  for (const part of parts) {
    const rest = REST.exec(part);
    if (rest) {
      if (split.rest !== null) return { bad: part };
      split.rest = rest[1]?.trim() || null;
      continue;
    }
    const m = /^(.*?)\s*=\s*([^=]+)$/.exec(part);
    if (!m || m[1].trim() === "") return { bad: part };
    const amount = readAmount(m[2], lang);
    if (!amount || amount.isNegative()) return { bad: part };
    const name = m[1].trim();
    if (split.fixed.some((f) => f.name.toLowerCase() === name.toLowerCase()))
      return { bad: part };
    split.fixed.push({ name, amount });
  }
  return { split };
}

/** An amount in the UI language's notation first, else the other (`0,5` and `0.5` are both read). */
function readAmount(text: string, lang: Lang): Dec | null {
  const [first, second] = lang === "en" ? ["en", "da"] : ["da", "en"];
  const read =
    parseNumberText(text, first as "da" | "en") ??
    parseNumberText(text, second as "da" | "en");
  return read ? read.value : null;
}
