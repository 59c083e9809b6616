import type { Lang, TableResult } from "../engine";
import { quoted, type Finding } from "../engine";
import type { StepSource } from "./initiatives";

/** The step used and why (SPEC §2: the step is chosen openly). */
export interface StepChoice {
  /** Excel ROUND decimals: 1 → 0,1. */
  decimals: number;
  /** "setting": the user chose the decimals; "amounts": the finest decimal place of the input amounts. */
  reason: "setting" | "amounts";
  /** reason "amounts": the amount cell with the most decimals (null when the table has no amounts). */
  source: StepSource | null;
}

/** A sheet name as in a formula: quoted when it is not a plain name. */
export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** `Initiativer!C7` */
export function cellRef(sheet: string, cell: string): string {
  return `${quoteSheet(sheet)}!${cell}`;
}

/**
 * Why the step is what it is, in words: which cell decided it, or that the user's setting did.
 * `withText` quotes the cell as shown; the sheet leaves it out, because each host shows a
 * number's text in its own locale and both must write the same sheet.
 */
export function stepReason(
  step: StepChoice,
  lang: Lang,
  withText = true,
): string {
  if (step.reason === "setting")
    return lang === "da"
      ? `valgt i indstillingerne (${step.decimals} ${step.decimals === 1 ? "decimal" : "decimaler"})`
      : `chosen in the settings (${step.decimals} ${step.decimals === 1 ? "decimal" : "decimals"})`;
  const s = step.source;
  if (s === null)
    return lang === "da"
      ? "ingen beløb at gå efter: hele tal"
      : "no amounts to go by: whole numbers";
  const cell = `${cellRef(s.sheet, s.cell)}${withText ? ` (${quoted(s.text, lang)})` : ""}`;
  return lang === "da"
    ? `ud fra beløbene: ${cell} har flest decimaler (${s.places})`
    : `from the amounts: ${cell} has the most decimals (${s.places})`;
}

/** "Beløb i mio. kr. (2025-pl)" from the unit written above the table ("Mio. kr. (2025-pl)"). */
export function unitLine(unitText: string, lang: Lang): string {
  const inner = unitInSentence(unitText);
  return lang === "da" ? `Beløb i ${inner}` : `Amounts in ${inner}`;
}

/** The unit as it reads inside a sentence: "Mio. kr." → "mio. kr."; "DKK" and "1.000 kr." stay as written. */
export function unitInSentence(unitText: string): string {
  const text = unitText.trim();
  return /^\p{Lu}[\p{Ll}.]/u.test(text)
    ? text[0].toLowerCase() + text.slice(1)
    : text;
}

/**
 * An excluded row whose cell could not be read carries no code from the engine (the parser
 * made the finding): take the code of the parser's error finding on that cell.
 */
export function explainUnreadable(
  result: TableResult,
  parserFindings: readonly Finding[],
): TableResult {
  const codeAt = (sheet: string | undefined, cell: string | undefined) =>
    cell === undefined
      ? null
      : (parserFindings.find(
          (f) =>
            f.severity === "error" &&
            f.cell === cell &&
            (sheet === undefined || f.sheet === sheet),
        )?.code ?? null);
  return {
    ...result,
    periods: result.periods.map((p) => {
      if (!p.excluded.some((x) => x.code === null)) return p;
      const excluded = p.excluded.map((x) =>
        x.code === null ? { ...x, code: codeAt(x.sheet, x.cell) } : x,
      );
      const rows = p.rows.map((r, i) => {
        const x = excluded.find((e) => e.position === i);
        return x && r.reason === null ? { ...r, reason: x.code } : r;
      });
      return { ...p, excluded, rows };
    }),
  };
}
