import type { FindingParams } from "./findings";
import type { Lang } from "./messages";

/** Pieces the finding messages of both languages are made of. */

/** "1 decimal", "2 decimaler", "-3 decimaler" (Excel ROUND's decimals). */
export function decimalsText(d: string | number, lang: Lang): string {
  const n = Number(d);
  if (lang === "da") return `${n} ${n === 1 ? "decimal" : "decimaler"}`;
  return `${n} ${n === 1 ? "decimal" : "decimals"}`;
}

export function listOf(parts: string[], and: string): string {
  return parts.length <= 1
    ? parts.join("")
    : `${parts.slice(0, -1).join(", ")} ${and} ${parts[parts.length - 1]}`;
}

/** TOTALS_DO_NOT_ADD_UP: which kinds of totals fail, from the counts `rows`, `parents`, `columns`. */
export function failingParts(p: FindingParams, lang: Lang): string[] {
  const words =
    lang === "da"
      ? ["rækkerne", "heraf-posterne", "enhedernes totaler"]
      : ["rows", "sub-items", "unit totals"];
  return (["rows", "parents", "columns"] as const).flatMap((k, i) =>
    Number(p[k] ?? 0) > 0 ? [`${words[i]} (${p[k]})`] : [],
  );
}
