/**
 * The user's own total rows in the initiatives table (SPEC §1): `I alt`/`Total`/`Sum`, a channel
 * (`Blok`, `Direkte tilskud`) or `<kanal> i alt`, and an Excel Table's Total Row. They are
 * totals, never initiatives: each is checked against the rows it sums and never allocated.
 */
import { Channel, Dec, InitiativeRow, nameKey } from "../engine";
import { headerKey } from "./headers";
import { knownChannel } from "./recipient";
import type { FindingList } from "./report";

/** What a total row sums: every row, or the rows of one channel. */
export type TotalScope =
  { kind: "all" } | { kind: "channel"; channel: Channel };

/** A total row as read: where it sits among the initiative rows and what it says per period. */
export interface UserTotal {
  label: string;
  scope: TotalScope;
  nameCell: string;
  /** Index of the first initiative row below it (rows above it are what it may sum). */
  before: number;
  amounts: (Dec | null)[];
  amountCells: string[];
}

const GRAND =
  /^(ialt|total|totalt|sum|samlet|samletialt|grandtotal|hovedtotal|totalialt)([,(:].*)?$/;
const CHANNEL_TOTAL = /^(.*?)(ialt|total|samlet)?$/;

/**
 * Whether a row's channel is summed by a channel total. Money paid straight to named units goes
 * by several names (`Særtilskud`, `Direkte tilskud`): a total of one of them sums them all.
 */
function sameChannel(row: Channel, total: Channel): boolean {
  if (nameKey(row) === nameKey(total)) return true;
  const direct = (c: Channel) => DIRECT.has(nameKey(c));
  return direct(row) && direct(total);
}
const DIRECT = new Set(["særtilskud", "direkte tilskud"]);

/** The scope of a row named like a total, or null for an initiative. `channels`: the table's own `Kanal` values. */
export function totalScope(
  name: string,
  channels: ReadonlySet<string>,
): TotalScope | null {
  const key = headerKey(name);
  if (key === "") return null;
  if (GRAND.test(key)) return { kind: "all" };
  const stem = CHANNEL_TOTAL.exec(key)![1];
  const known = knownChannel(stem);
  if (known) return { kind: "channel", channel: known };
  for (const c of channels)
    if (headerKey(c) === stem) return { kind: "channel", channel: c };
  return null;
}

/**
 * Checks each total against the top-level rows above it: those since the previous `I alt`
 * (a section), or all of them, of its channel for a channel total. A heading's amount is the sum
 * of its sub-items. A period where a summed row is unreadable is not checked (that row has its own
 * finding). `rowOf(i)` is the model row of initiative row i (null when it was left out).
 */
export function checkUserTotals(
  totals: readonly UserTotal[],
  model: readonly InitiativeRow[],
  rowIndexOf: ReadonlyMap<number, number>,
  periods: readonly string[],
  sheet: string,
  out: FindingList,
): void {
  if (totals.length === 0) return;
  const amounts = effectiveAmounts(model, periods.length);
  // Top-level model rows by their position among the sheet's initiative rows.
  const top: { at: number; row: InitiativeRow }[] = [];
  for (const [at, id] of rowIndexOf)
    if (model[id].parent === null) top.push({ at, row: model[id] });
  top.sort((a, b) => a.at - b.at);
  let sectionStart = 0;
  // The section totals shown so far: a closing `I alt` may add up the sections' own.
  let shownSections: (Dec | null)[][] = [];
  totals.forEach((t, index) => {
    const inScope = (row: InitiativeRow) =>
      t.scope.kind === "all" || sameChannel(row.channel, t.scope.channel);
    const above = top.filter((x) => x.at < t.before && inScope(x.row));
    const section = above.filter((x) => x.at >= sectionStart);
    // A total above its rows (right under the header) sums the rows down to the next total.
    const nextAt =
      totals.slice(index + 1).find((n) => n.before > t.before)?.before ??
      Infinity;
    const below =
      above.length === 0
        ? top.filter((x) => x.at >= t.before && x.at < nextAt && inScope(x.row))
        : [];
    periods.forEach((period, k) => {
      const shown = t.amounts[k];
      if (shown === null) return;
      const summed = [...above, ...below];
      if (summed.some((x) => x.row.unreadable?.[k])) return;
      const sum = (list: typeof above) =>
        list.reduce((s, x) => s.plus(amounts[x.row.id][k] ?? 0), new Dec(0));
      const sums = [sum(section), sum(above), sum(below)];
      if (
        t.scope.kind === "all" &&
        section.length === 0 &&
        shownSections.length > 1
      )
        sums.push(
          shownSections.reduce((s, a) => s.plus(a[k] ?? 0), new Dec(0)),
        );
      if (sums.some((s) => s.eq(shown))) return;
      out.add(
        "warning",
        "USER_TOTAL_MISMATCH",
        {
          label: t.label,
          total: shown.toString(),
          sum: (below.length > 0 ? sums[2] : sums[0]).toString(),
          channel: t.scope.kind === "channel" ? t.scope.channel : "",
        },
        { sheet, cell: t.amountCells[k], period },
      );
    });
    if (t.scope.kind === "all") {
      // A total of sections stands for them all in a total further down.
      if (section.length > 0) shownSections.push(t.amounts);
      else shownSections = [t.amounts];
      sectionStart = t.before;
    }
  });
  out.add(
    "info",
    "USER_TOTALS_READ",
    {
      count: totals.length,
      labels: totals.map((t) => `${t.label} (${t.nameCell})`).join(", "),
    },
    { sheet, cell: totals[0].nameCell },
  );
}

/** Each row's amount per period; a heading's (no amount of its own) is the sum of its children's. */
function effectiveAmounts(
  model: readonly InitiativeRow[],
  periods: number,
): (Dec | null)[][] {
  const result = model.map((r) => [...r.amounts]);
  const own = model.map((r) => r.amounts.map((a) => a !== null));
  // Children come after their parents: adding from the last row up visits children first.
  for (let i = model.length - 1; i >= 0; i--) {
    const p = model[i].parent;
    if (p === null) continue;
    for (let k = 0; k < periods; k++) {
      const a = result[i][k];
      if (a === null || own[p][k]) continue;
      result[p][k] = result[p][k] === null ? a : result[p][k]!.plus(a);
    }
  }
  return result;
}
