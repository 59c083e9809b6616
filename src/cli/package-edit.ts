/* global Buffer */
/**
 * The edits to the user's package while a plan is written: parts added, replaced or deleted, and
 * the lists that must name them ([Content_Types].xml, the workbook and its relationships),
 * edited in place in the prefixes the file already uses. Every other part stays its own bytes.
 */
import { sheetNameKey } from "../engine";
import {
  parseRels,
  relsPart,
  SheetEntry,
  XlsxPackage,
  REL_NS,
} from "./package";
import { attrs, escapeXml } from "./xml";
import type { Deflated } from "./zip";

export const RT =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export const RELS_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`;

export class PackageEdit {
  /** New contents by part: text, or pieces of text deflated as they were made (a sheet's cells). */
  readonly edits = new Map<string, Buffer | Deflated>();
  readonly deleted = new Set<string>();
  /** Parts that are not in the input, in the order they were added. */
  readonly added: string[] = [];
  private readonly used: Set<string>;
  types: string;
  private readonly typesPrefix: string;
  workbook: string;
  /** The workbook's folder (`xl/`), and the prefix of its elements. */
  readonly wbDir: string;
  readonly wbPrefix: string;
  /** The prefix bound to the relationships namespace in the workbook. */
  readonly rPrefix: string;
  readonly wbRelsPart: string;
  wbRels: string;
  private readonly relsPrefix: string;
  readonly wbRelIds: Set<string>;

  constructor(readonly pkg: XlsxPackage) {
    this.used = new Set(pkg.entries.map((e) => e.name.toLowerCase()));
    this.types = pkg.text("[Content_Types].xml") ?? "";
    this.typesPrefix = /<(\w+:)?Types\b/.exec(this.types)?.[1] ?? "";
    this.wbDir = pkg.workbookPart.slice(
      0,
      pkg.workbookPart.lastIndexOf("/") + 1,
    );
    this.wbRelsPart = relsPart(pkg.workbookPart);
    this.wbRels = pkg.text(this.wbRelsPart) ?? `${RELS_HEAD}</Relationships>`;
    this.relsPrefix = /<(\w+:)?Relationships\b/.exec(this.wbRels)?.[1] ?? "";
    this.wbRelIds = new Set(
      parseRels(this.wbRels, pkg.workbookPart).map((r) => r.id),
    );
    let workbook = pkg.text(pkg.workbookPart) ?? "";
    this.wbPrefix = /<(\w+:)?workbook\b/.exec(workbook)?.[1] ?? "";
    const rPrefix = new RegExp(`xmlns:(\\w+)="${escapeRe(REL_NS)}"`).exec(
      workbook,
    )?.[1];
    if (!rPrefix)
      workbook = workbook.replace(
        new RegExp(`<${this.wbPrefix}workbook\\b`),
        `$& xmlns:r="${REL_NS}"`,
      );
    this.rPrefix = rPrefix ?? "r";
    this.workbook = workbook;
  }

  /** A part's new content: text, or pieces of text deflated as they are made (a sheet's cells). */
  setPart(name: string, text: string | Deflated): void {
    this.edits.set(
      name,
      typeof text === "string" ? Buffer.from(text, "utf8") : text,
    );
    if (!this.pkg.byName.has(name) && !this.added.includes(name))
      this.added.push(name);
    this.used.add(name.toLowerCase());
    this.deleted.delete(name);
  }

  isUsed(name: string): boolean {
    return this.used.has(name.toLowerCase());
  }

  /** `prefix` + the first free number + `.ext`. */
  freshPart(prefix: string, ext: string): string {
    for (let n = 1; ; n++)
      if (!this.isUsed(`${prefix}${n}.${ext}`)) return `${prefix}${n}.${ext}`;
  }

  removeOverride(part: string): void {
    this.types = this.types.replace(
      new RegExp(
        `<${this.typesPrefix}Override\\b[^>]*PartName="/${escapeRe(part)}"[^>]*/>`,
        "gi",
      ),
      "",
    );
  }

  override(part: string, type: string): void {
    this.removeOverride(part);
    const p = this.typesPrefix;
    this.types = this.types.replace(
      new RegExp(`</${p}Types>`),
      `<${p}Override PartName="/${part}" ContentType="${type}"/></${p}Types>`,
    );
  }

  /** A relationship of the workbook to `part`; its id. */
  addWbRel(type: string, part: string): string {
    const { wbDir } = this;
    return this.addWbRelTarget(
      type,
      part.startsWith(wbDir) ? part.slice(wbDir.length) : `/${part}`,
    );
  }

  /** A relationship of the workbook to `target` as written; its id. */
  addWbRelTarget(type: string, target: string): string {
    const id = freshId(this.wbRelIds);
    const p = this.relsPrefix;
    this.wbRels = this.wbRels.replace(
      new RegExp(`</${p}Relationships>`),
      `<${p}Relationship Id="${id}" Type="${RT}/${type}" Target="${escapeXml(target)}"/></${p}Relationships>`,
    );
    return id;
  }

  removeWbRel(id: string): void {
    this.wbRels = this.wbRels.replace(
      new RegExp(
        `<${this.relsPrefix}Relationship\\b[^>]*Id="${escapeRe(id)}"[^>]*/>`,
      ),
      "",
    );
  }

  /** The worksheet of that name (case ignored, as Excel compares names), if any. */
  findSheet(name: string | undefined): SheetEntry | undefined {
    const lower = name === undefined ? undefined : sheetNameKey(name);
    return lower === undefined
      ? undefined
      : this.pkg.sheets.find(
          (s) =>
            sheetNameKey(s.name) === lower &&
            s.kind === "worksheet" &&
            s.part !== null,
        );
  }

  /** A new sheet element at the end of the workbook's sheets. */
  addSheet(name: string, sheetId: string, rid: string): void {
    const p = this.wbPrefix;
    this.workbook = this.workbook.replace(
      new RegExp(`</${p}sheets>`),
      `<${p}sheet name="${escapeXml(name)}" sheetId="${sheetId}" ${this.rPrefix}:id="${rid}"/></${p}sheets>`,
    );
  }

  renameSheet(sheetId: string, name: string): void {
    this.workbook = this.workbook.replace(
      new RegExp(`<${this.wbPrefix}sheet\\b[^>]*>`, "g"),
      (element) =>
        attrs(element).sheetId === sheetId
          ? element.replace(/\sname="[^"]*"/, ` name="${escapeXml(name)}"`)
          : element,
    );
  }
}

/** The first `rIdN` not in `ids` (and now in it). */
export function freshId(ids: Set<string>): string {
  for (let n = 1; ; n++)
    if (!ids.has(`rId${n}`)) {
      ids.add(`rId${n}`);
      return `rId${n}`;
    }
}

function escapeRe(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
