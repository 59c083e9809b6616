import {
  Finding,
  FindingCode,
  FindingParams,
  nameKey,
  Severity,
} from "../engine";
import { cellAddress, GridCell } from "./grid";
import { cellText, headerKey, KeyColumn, periodOf } from "./headers";
import { KeyDraft, placeOf } from "./key-draft";
import { FoundTable } from "./locate";
import { CellNumber, readNumber } from "./numbers";
import { OWN_DRAFT_GROUP } from "./own-units";
import { FindingList } from "./report";
import { looksLikeUnit, readUnitLabel, Unit, UnitLabel } from "./units";

/** What a unit cell says: a number cell is a code. */
export const labelOf = (cell: GridCell | undefined): UnitLabel =>
  readUnitLabel(
    cell && typeof cell.value === "number" ? cell.value : cellText(cell),
  );

/** One line of a key as found: its draft, its unit cell and its share cell. */
type Line = [
  draft: KeyDraft,
  unitCell: GridCell | undefined,
  unitAddress: string,
  shareCell: GridCell | undefined,
  shareAddress: string,
];

/**
 * The keys table's lines, gathered into one draft per key and period. Lines are read once every
 * line of a key is known: a key of mostly unknown names is one of own units (hospitals), a key
 * of mostly regions with an unknown name has a misspelt region.
 */
export class KeyLines {
  readonly drafts = new Map<string, KeyDraft>();
  /** Total and group lines (`Hele landet`), skipped: address → text. */
  readonly aggregates = new Map<string, string>();
  private readonly lines: Line[] = [];
  private readonly counts = new Map<
    KeyDraft,
    { standard: number; own: number }
  >();
  /** One spelling per own unit across the keys table (the first seen). */
  private readonly ownSpelling = new Map<string, string>();
  /** In the wide form one unit cell serves every key column: its findings are reported once. */
  private readonly reportedCells = new Map<string, Finding>();

  constructor(
    private readonly table: FoundTable,
    private readonly out: FindingList,
    private readonly long: boolean,
  ) {}

  private at(row: number, i: number): string {
    return cellAddress(row, this.table.col + i);
  }

  /** Long form: one line per row, its key, year and group in their columns. */
  queueLongForm(columns: Partial<Record<KeyColumn, number>>): void {
    const table = this.table;
    for (const { row, cells } of table.rows) {
      const unitCell = cells[columns.unit!];
      const shareCell = cells[columns.share!];
      if (
        cellText(unitCell) === "" &&
        readNumber(shareCell).kind === "blank" &&
        !shareCell?.uncomputed
      )
        continue;
      const name =
        columns.key === undefined
          ? table.source.name
          : cellText(cells[columns.key]) || table.source.name;
      const yearCell =
        columns.year === undefined ? undefined : cells[columns.year];
      const period = yearCell
        ? (periodOf(yearCell) ?? (cellText(yearCell) || null))
        : null;
      const group =
        columns.group === undefined ? null : cellText(cells[columns.group]);
      const shareAddress = this.at(row, columns.share!);
      const d = this.draftOf(name, period, shareAddress, group || null);
      this.queue([
        d,
        unitCell,
        this.at(row, columns.unit!),
        shareCell,
        shareAddress,
      ]);
    }
  }

  /** Wide form: a key per column (named by its header, or per year by the table), units in the first column. */
  queueWideForm(): void {
    const table = this.table;
    table.header.forEach((cell, i) => {
      if (i === 0) return;
      const title = cellText(cell);
      if (title === "") return;
      const period = periodOf(cell);
      const name = period !== null ? `${table.source.name} ${period}` : title;
      // A key per year is one group over the years: named by the table, as its keys are.
      const d = this.draftOf(
        name,
        period,
        this.at(table.headerRow, i),
        period !== null ? table.source.name : null,
      );
      for (const { row, cells } of table.rows) {
        if (
          cellText(cells[0]) === "" &&
          readNumber(cells[i]).kind === "blank" &&
          !cells[i]?.uncomputed
        )
          continue;
        this.queue([d, cells[0], this.at(row, 0), cells[i], this.at(row, i)]);
      }
    });
  }

  /** Reads every queued line into its draft. */
  readLines(): void {
    for (const line of this.lines) this.addLine(...line);
  }

  private draftOf(
    name: string,
    period: string | null,
    cell: string,
    group: string | null = null,
  ): KeyDraft {
    const id = `${headerKey(name)}\u0000${period ?? ""}`;
    let d = this.drafts.get(id);
    if (!d)
      this.drafts.set(
        id,
        (d = { name, period, entries: [], cause: null, firstCell: cell }),
      );
    if (group && !d.groupName) d.groupName = group;
    return d;
  }

  private queue(line: Line): void {
    this.lines.push(line);
    const [draft, unitCell] = line;
    const label = labelOf(unitCell);
    const text = cellText(unitCell);
    const c = this.counts.get(draft) ?? { standard: 0, own: 0 };
    if (label.kind === "unit") c.standard++;
    else if (label.kind === "unknown" && text !== "" && !looksLikeUnit(text))
      c.own++;
    this.counts.set(draft, c);
  }

  private isOwnKey(d: KeyDraft): boolean {
    const c = this.counts.get(d);
    return c !== undefined && c.own > c.standard;
  }

  /** Errors carry the key's name, so FORDEL functions given that name can say why it is missing. */
  private report(
    severity: Severity,
    code: FindingCode,
    params: FindingParams,
    cell: string,
    period: string | null,
  ): Finding {
    const known = this.reportedCells.get(cell);
    if (known) return known;
    this.out.add(
      severity,
      code,
      params,
      placeOf(this.table.sheet, cell, period),
    );
    const made = this.out.items[this.out.items.length - 1];
    this.reportedCells.set(cell, made);
    return made;
  }

  /** A key with an error is broken by its first one. */
  private breaks(draft: KeyDraft, f: Finding): void {
    if (f.severity === "error") draft.cause ??= f;
  }

  private addLine(
    ...[draft, unitCell, unitAddress, shareCell, shareAddress]: Line
  ): void {
    const unitText = cellText(unitCell);
    const label = labelOf(unitCell);
    if (label.kind === "aggregate") {
      this.aggregates.set(unitAddress, unitText);
      return;
    }
    const share = readNumber(shareCell);
    if (unitText === "") {
      if (share.kind === "number")
        this.breaks(
          draft,
          this.report(
            "error",
            "KEY_BLANK_UNIT",
            { key: draft.name, value: share.value.toString() },
            unitAddress,
            draft.period,
          ),
        );
      return;
    }
    const unit = this.unitOf(draft, label, unitText, unitAddress);
    if (unit === null) return;
    const uncomputed = shareCell?.uncomputed === true;
    if (uncomputed || share.kind !== "number")
      return this.shareProblem(draft, unit, share, shareCell, shareAddress);
    // A long-form key's findings point at its first unit's share (not at a skipped total line).
    if (this.long && draft.entries.length === 0) draft.firstCell = shareAddress;
    draft.entries.push({
      unit,
      value: share.value,
      cell: shareAddress,
      label: unitText,
      labelCell: unitAddress,
    });
  }

  /** The line's unit: a known one (a code that disagrees with its name is warned of), or an own unit in a key of own units. */
  private unitOf(
    draft: KeyDraft,
    label: UnitLabel,
    unitText: string,
    unitAddress: string,
  ): Unit | null {
    let unit = label.kind === "unit" ? label.unit : null;
    if (
      label.kind === "unknown" &&
      this.isOwnKey(draft) &&
      !looksLikeUnit(unitText)
    ) {
      const k = nameKey(unitText);
      if (!this.ownSpelling.has(k)) this.ownSpelling.set(k, unitText.trim());
      unit = {
        name: this.ownSpelling.get(k)!,
        code: "",
        group: OWN_DRAFT_GROUP,
      };
    }
    if (unit === null) {
      this.breaks(
        draft,
        this.report(
          "error",
          "UNKNOWN_UNIT",
          { unit: unitText, key: draft.name },
          unitAddress,
          draft.period,
        ),
      );
      return null;
    }
    if (label.kind === "unit" && label.codeDisagrees)
      this.report(
        "warning",
        "KEY_CODE_NAME_MISMATCH",
        { text: unitText, unit: label.unit.name, ...label.codeDisagrees },
        unitAddress,
        draft.period,
      );
    return unit;
  }

  /** A blank, uncomputed or unreadable share breaks its key. */
  private shareProblem(
    draft: KeyDraft,
    unit: Unit,
    share: CellNumber,
    shareCell: GridCell | undefined,
    shareAddress: string,
  ): void {
    const uncomputed = shareCell?.uncomputed === true;
    if (uncomputed || share.kind === "blank") {
      const params: FindingParams = { key: draft.name, unit: unit.name };
      if (uncomputed) params.uncomputed = 1;
      this.breaks(
        draft,
        this.report(
          "error",
          "KEY_BLANK_SHARE",
          params,
          shareAddress,
          draft.period,
        ),
      );
    } else if (share.kind === "bad")
      this.breaks(
        draft,
        this.report(
          "error",
          "BAD_NUMBER",
          { text: cellText(shareCell), key: draft.name },
          shareAddress,
          draft.period,
        ),
      );
  }
}
