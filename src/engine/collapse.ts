import type { Finding, FindingCode, FindingParams } from "./findings";
import { messageFor, type Lang } from "./messages";

/**
 * One cause, one finding (issue 13): findings that say the same thing about several rows (no
 * municipal key for 2025, for three rows; three rows that go to Medicinrådet) become one finding
 * that lists the rows and their cells, at the first row's place. Only codes whose messages can
 * name several rows are collapsed; every row stays named, so nothing is left out in silence.
 */
const COLLAPSIBLE = new Set<FindingCode>([
  "NO_MUNICIPAL_KEY",
  "OTHER_RECIPIENT",
]);

/** How many row names a collapsed finding spells out before "…". */
const SHOWN_ROWS = 8;

export function collapseRepeats(
  findings: readonly Finding[],
  lang: Lang,
): Finding[] {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    if (!COLLAPSIBLE.has(f.code)) continue;
    const key = causeKey(f);
    const group = groups.get(key);
    if (group) group.push(f);
    else groups.set(key, [f]);
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const group = COLLAPSIBLE.has(f.code) ? groups.get(causeKey(f))! : null;
    if (!group || group.length === 1) out.push(f);
    else if (group[0] === f) out.push(collapsed(group, lang));
  }
  return out;
}

/** The finding's cause: everything but the row it names. */
function causeKey(f: Finding): string {
  const params = Object.entries(f.params)
    .filter(([name]) => name !== "initiative")
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify([f.code, f.severity, f.sheet, f.period, params]);
}

function collapsed(group: readonly Finding[], lang: Lang): Finding {
  const [first] = group;
  const names = group.map((f) => `"${f.initiative ?? f.params.initiative}"`);
  const cells = group.flatMap((f) => (f.cell ? [f.cell] : []));
  const more = names.length > SHOWN_ROWS ? `, … (${names.length})` : "";
  const params: FindingParams = { ...first.params };
  delete params.initiative;
  params.count = group.length;
  params.initiatives = names.slice(0, SHOWN_ROWS).join(", ") + more;
  params.cells =
    cells.slice(0, SHOWN_ROWS).join(", ") +
    (cells.length > SHOWN_ROWS ? ", …" : "");
  const { initiative: _named, ...place } = first;
  void _named;
  return { ...place, params, message: messageFor(first.code, params, lang) };
}
