/* global Excel */
/**
 * Fordel's ownership record (./ownership.ts) as a write changes it, in the order that makes every
 * stop safe (src/excel/write.ts): every sheet about to be written is marked incomplete first, a
 * sheet added is recorded by name until its id is known, and only the last request marks them
 * complete.
 */
import type { ExistingSheet, OwnershipRecord } from "../sheets/grid";
import { sameName } from "../engine";
import { OwnershipState, recordXml } from "./ownership";

/**
 * The record as the writer changes it: entries of sheets that no longer exist are dropped, an
 * entry that claimed a sheet by name gets the sheet's id; `begin` marks a sheet about to be
 * written incomplete, `complete` marks every begun sheet done; `queueSave` queues the part's new XML.
 */
export class OwnershipLedger {
  private readonly records: OwnershipRecord[];
  private readonly begun: OwnershipRecord[] = [];
  private partId: string | null;
  /** The part added by this write, and the request it was added in (its object is valid in that request only). */
  private added: { part: Excel.CustomXmlPart; request: number } | null = null;

  constructor(
    private readonly context: Excel.RequestContext,
    existing: readonly ExistingSheet[],
    state: OwnershipState | undefined,
  ) {
    const old = state?.records ?? [];
    this.records = existing
      .filter((s) => s.generated && s.id)
      .map((s): OwnershipRecord => {
        const entry =
          old.find((r) => r.sheetId === s.id) ??
          old.find((r) => !r.sheetId && sameName(r.name, s.name));
        return {
          fingerprint: "",
          complete: false,
          ...entry,
          sheetId: s.id!,
          name: s.name,
        };
      });
    this.partId = state?.partId ?? null;
  }

  /** A sheet about to be written (sheetId "" for one about to be added): incomplete until `complete`. */
  begin(entry: Omit<OwnershipRecord, "complete">): void {
    const record: OwnershipRecord = { ...entry, complete: false };
    const at = entry.sheetId
      ? this.records.findIndex((r) => r.sheetId === entry.sheetId)
      : -1;
    // What the sheet held, so the next read can tell the user's rows from Fordel's in a half-written sheet.
    const before = at >= 0 ? this.records[at] : undefined;
    const previous = before?.complete ? before.rows : before?.previousRows;
    if (previous) record.previousRows = previous;
    if (at >= 0) this.records[at] = record;
    else this.records.push(record);
    this.begun.push(record);
  }

  /** The id Excel gave a sheet added under `name`. */
  setId(name: string, id: string): void {
    const record = this.begun.find((r) => !r.sheetId && r.name === name);
    if (record) record.sheetId = id;
  }

  /** Names of the sheets begun, until the request that records them complete has come back. */
  incomplete(): string[] {
    return this.done ? [] : this.begun.map((r) => r.name);
  }

  /** Every begun sheet complete in the record (queued; `confirm` once its request came back). */
  complete(): void {
    for (const r of this.begun) {
      r.complete = true;
      delete r.previousRows;
    }
  }

  confirm(): void {
    this.done = true;
  }

  private done = false;

  xml(): string {
    return recordXml(this.records);
  }

  /** Queues the record's XML into the part (added the first time). */
  /**
   * Queues the record's XML into the part (added the first time). `request` numbers the current
   * request: an object a method such as `add` returned is not valid after a sync, so a later
   * request finds the added part again by the id that came back.
   */
  queueSave(request: number): void {
    const xml = this.xml();
    const parts = this.context.workbook.customXmlParts;
    if (this.added && this.added.request !== request) {
      this.partId = this.added.part.id;
      this.added = null;
    }
    if (this.added) this.added.part.setXml(xml);
    else if (this.partId) parts.getItem(this.partId).setXml(xml);
    else this.added = { part: parts.add(xml).load("id"), request };
  }
}
