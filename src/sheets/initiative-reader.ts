import { Channel, Dec, Lang } from "../engine";
import { cellAddress, GridCell } from "./grid";
import { cellText, isHerafLabel } from "./headers";
import { InitiativeLayout } from "./initiative-layout";
import type { StepSource } from "./initiatives";
import type { FoundTable } from "./locate";
import {
  CellNumber,
  isAmbiguousText,
  Notation,
  notationOf,
  readNumber,
} from "./numbers";
import { channelReader } from "./recipient";
import { FindingList } from "./report";
import { startsWithHeraf, TreeRow } from "./tree";
import { TotalScope, totalScope, UserTotal } from "./user-totals";

/** One sheet row before the tree is known. */
export interface RawRow extends TreeRow {
  /** The row's own channel (null: blank, taken from the parent or Blok). */
  channel: Channel | null;
  recipientText: string;
  recipientCell: string;
  keyText: string;
  keyCell?: string;
  /** The row's `Videre` cell (a split for a second step), as written. */
  passOnText: string;
  passOnCell?: string;
  amountCells: string[];
  unreadable: boolean[];
}

/** A row's period amounts as read, with the periods whose cell could not be read. */
interface RowAmounts {
  amounts: (Dec | null)[];
  amountCells: string[];
  unreadable: boolean[];
  bad: Set<number>;
}

const FORMULA_START = /^[=+\-@]/;

/** Indent of a name cell: Excel's indent counts as four leading spaces (a tab as four). */
function indentOf(cell: GridCell | undefined): number {
  const raw = typeof cell?.value === "string" ? cell.value : "";
  const lead = /^[ \u00a0\t]*/.exec(raw)![0];
  const spaces = [...lead].reduce((n, ch) => n + (ch === "\t" ? 4 : 1), 0);
  return (cell?.indent ?? 0) * 4 + spaces;
}

/** The notation the table's text numbers show (SPEC §1): one way only, or null when none or both. */
function tableNotation(
  table: FoundTable,
  cols: readonly number[],
): { notation: Notation | null; mixed: boolean } {
  const seen = new Set<Notation>();
  for (const { cells } of table.rows)
    for (const c of cols) {
      const v = cells[c]?.value;
      if (typeof v !== "string") continue;
      const n = notationOf(v);
      if (n) seen.add(n);
    }
  return seen.size === 1
    ? { notation: [...seen][0], mixed: false }
    : { notation: null, mixed: seen.size > 1 };
}

/**
 * Reads the initiatives table's rows, top to bottom: initiative rows (before the tree is known),
 * the user's own total rows, and the finest decimals used; reports unreadable cells on the way.
 */
export class InitiativeReader {
  places = 0;
  placesCell: StepSource | null = null;
  readonly raw: RawRow[] = [];
  readonly totals: UserTotal[] = [];
  private readonly readChannel = channelReader();
  private readonly lang: Lang;
  private readonly sheet: string;
  private readonly nameCol: number;
  private readonly evidence: { notation: Notation | null; mixed: boolean };
  private readonly notation: Notation;
  /** The channels named in the `Kanal` column: a total row may be one's subtotal. */
  private readonly channels = new Set<string>();
  private readonly ambiguous: string[] = [];
  private ambiguousText = "";
  private labelPending = false;
  private breakPending = false;
  private previousRow: number;

  constructor(
    private readonly table: FoundTable,
    private readonly layout: InitiativeLayout,
    private readonly out: FindingList,
  ) {
    this.lang = out.lang;
    this.sheet = table.sheet;
    this.nameCol = layout.columns.name!;
    this.previousRow = table.headerRow;
    this.evidence = tableNotation(table, [
      ...layout.periods.map((p) => p.col),
      ...layout.totals.map((t) => t.col),
    ]);
    this.notation = this.evidence.notation ?? this.lang;
    const channel = layout.columns.channel;
    if (channel !== undefined)
      for (const { cells } of table.rows) {
        const t = this.text(cells, channel);
        if (t !== "") this.channels.add(t);
      }
  }

  /** Every row of the table, then its Excel total row, then one finding for ambiguous numbers. */
  readAll(): void {
    for (const { row, cells } of this.table.rows) this.readRow(row, cells);
    if (this.table.totalRow) {
      const { row, cells } = this.table.totalRow;
      this.readTotal(
        row,
        cells,
        cellText(cells[this.nameCol]) ||
          (this.lang === "da" ? "Total-række" : "Total Row"),
        { kind: "all" },
      );
    }
    this.reportAmbiguous();
  }

  private at(row: number, i: number): string {
    return cellAddress(row, this.table.col + i);
  }

  private text(cells: GridCell[], col: number | undefined): string {
    return col === undefined ? "" : cellText(cells[col]);
  }

  /** A number cell in the table's notation; an ambiguous text number is noted when the table shows none. */
  private readonly read = (
    cells: GridCell[],
    col: number,
    address: string,
  ): CellNumber => {
    const cell = cells[col];
    if (
      this.evidence.notation === null &&
      typeof cell?.value === "string" &&
      isAmbiguousText(cell.value)
    )
      if (this.ambiguous.push(address) === 1) this.ambiguousText = cell.value;
    return readNumber(cell, this.notation);
  };

  /** One row: a `heraf` label, a total row, a blank, or an initiative. */
  private readRow(row: number, cells: GridCell[]): void {
    if (row > this.previousRow + 1) this.breakPending = true;
    this.previousRow = row;
    let name = cellText(cells[this.nameCol]);
    if (isHerafLabel(name)) {
      this.labelPending = true;
      return;
    }
    const scope = totalScope(name, this.channels);
    if (scope) {
      this.readTotal(row, cells, name, scope);
      this.breakPending = true;
      this.labelPending = false;
      return;
    }
    const amounts = this.readAmounts(row, cells);
    if (name === "") {
      if (amounts.amounts.every((a) => a === null) && amounts.bad.size === 0)
        return;
      name = this.lang === "da" ? `(række ${row + 1})` : `(row ${row + 1})`;
    }
    this.reportRow(row, cells, name, amounts);
    this.raw.push(this.rawRow(row, cells, name, amounts));
    this.labelPending = false;
    this.breakPending = false;
  }

  /** A user's total row: checked against the rows it covers, never allocated. */
  private readTotal(
    row: number,
    cells: GridCell[],
    label: string,
    scope: TotalScope,
  ): void {
    const amounts: (Dec | null)[] = [];
    const amountCells: string[] = [];
    this.layout.periods.forEach((p) => {
      const address = this.at(row, p.col);
      const n = this.read(cells, p.col, address);
      amounts.push(n.kind === "number" ? n.value : null);
      amountCells.push(address);
    });
    this.totals.push({
      label,
      scope,
      nameCell: this.at(row, this.nameCol),
      before: this.raw.length,
      amounts,
      amountCells,
    });
  }

  /** A row's period amounts; the finest decimals so far (and their cell) decide the default step. */
  private readAmounts(row: number, cells: GridCell[]): RowAmounts {
    const got: RowAmounts = {
      amounts: [],
      amountCells: [],
      unreadable: [],
      bad: new Set<number>(),
    };
    this.layout.periods.forEach((p, k) => {
      const address = this.at(row, p.col);
      got.amountCells.push(address);
      const n = this.read(cells, p.col, address);
      got.unreadable.push(n.kind === "bad");
      if (n.kind === "number") {
        got.amounts.push(n.value);
        if (this.placesCell === null || n.places > this.places)
          this.placesCell = {
            sheet: this.sheet,
            cell: address,
            text: cellText(cells[p.col]),
            places: n.places,
          };
        this.places = Math.max(this.places, n.places);
      } else {
        got.amounts.push(null);
        if (n.kind === "bad") got.bad.add(k);
      }
    });
    return got;
  }

  /** An initiative row's findings: unreadable amounts, a name that looks like a formula, `I alt` columns. */
  private reportRow(
    row: number,
    cells: GridCell[],
    name: string,
    { amounts, amountCells, bad }: RowAmounts,
  ): void {
    const place = { sheet: this.sheet, initiative: name };
    this.layout.periods.forEach((p, k) => {
      if (!bad.has(k)) return;
      const n = readNumber(cells[p.col]);
      const where = { ...place, cell: amountCells[k], period: p.label };
      if (n.kind === "bad" && n.uncomputed)
        this.out.add("error", "UNCOMPUTED_FORMULA", {}, where);
      else
        this.out.add(
          "error",
          "BAD_NUMBER",
          { text: cellText(cells[p.col]) },
          where,
        );
    });
    const nameCell = cells[this.nameCol];
    if (typeof nameCell?.value === "string" && FORMULA_START.test(name))
      this.out.add(
        "info",
        "TEXT_LOOKS_LIKE_FORMULA",
        { text: name },
        { ...place, cell: this.at(row, this.nameCol) },
      );
    checkTotalColumns(
      this.layout,
      cells,
      amounts,
      bad,
      name,
      (col) => this.at(row, col),
      this.read,
      this.out,
      place,
    );
  }

  /** The row as the tree builder needs it: its cells, indent and what stands above it. */
  private rawRow(
    row: number,
    cells: GridCell[],
    name: string,
    { amounts, amountCells, unreadable }: RowAmounts,
  ): RawRow {
    const c = this.layout.columns;
    const channelText = this.text(cells, c.channel);
    return {
      name,
      nameCell: this.at(row, this.nameCol),
      indent: indentOf(cells[this.nameCol]),
      heraf: startsWithHeraf(name),
      labelAbove: this.labelPending,
      breakAbove: this.breakPending,
      parentName: this.text(cells, c.parent),
      channel: channelText === "" ? null : this.readChannel(channelText),
      recipientText: this.text(cells, c.recipient),
      recipientCell: c.recipient === undefined ? "" : this.at(row, c.recipient),
      keyText: this.text(cells, c.key),
      ...(c.key === undefined ? {} : { keyCell: this.at(row, c.key) }),
      passOnText: this.text(cells, c.passOn),
      ...(c.passOn === undefined ? {} : { passOnCell: this.at(row, c.passOn) }),
      amounts,
      amountCells,
      unreadable,
    };
  }

  /** Text numbers that read either way (1.000) in a table that shows no notation: one warning for all. */
  private reportAmbiguous(): void {
    const ambiguous = this.ambiguous;
    if (ambiguous.length === 0) return;
    this.out.add(
      "warning",
      "AMBIGUOUS_NUMBER",
      {
        text: this.ambiguousText.trim(),
        cells:
          ambiguous.slice(0, 5).join(", ") + (ambiguous.length > 5 ? " …" : ""),
        count: ambiguous.length,
        notation: this.notation,
        mixed: this.evidence.mixed ? 1 : 0,
      },
      { sheet: this.sheet, cell: ambiguous[0] },
    );
  }
}

/** Each `I alt` column of a row against the sum of its periods. */
function checkTotalColumns(
  layout: InitiativeLayout,
  cells: GridCell[],
  amounts: readonly (Dec | null)[],
  bad: ReadonlySet<number>,
  name: string,
  address: (col: number) => string,
  read: (cells: GridCell[], col: number, address: string) => CellNumber,
  out: FindingList,
  place: { sheet: string; initiative: string },
): void {
  for (const total of layout.totals) {
    const n = read(cells, total.col, address(total.col));
    if (n.kind === "bad") {
      out.add(
        "warning",
        "BAD_NUMBER",
        { text: cellText(cells[total.col]) },
        { ...place, cell: address(total.col) },
      );
    } else if (n.kind === "number" && !total.periods.some((k) => bad.has(k))) {
      const sum = total.periods.reduce(
        (s, k) => s.plus(amounts[k] ?? 0),
        new Dec(0),
      );
      if (!sum.eq(n.value))
        out.add(
          "warning",
          "PERIOD_TOTAL_MISMATCH",
          { initiative: name, sum: sum.toString(), total: n.value.toString() },
          { ...place, cell: address(total.col) },
        );
    }
  }
}
