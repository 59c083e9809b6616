/**
 * The print titles and print areas of Fordel's sheets as the workbook's defined names
 * (`_xlnm.Print_Titles`, `_xlnm.Print_Area`, scoped to the sheet by its position): replaced for
 * the sheets written, every other defined name kept as it was.
 */
import type { PageSetup } from "../sheets/plan";
import { printNames } from "./sheet-xml";
import { attrs, escapeXml } from "./xml";

const PRINT = new Set(["_xlnm.print_titles", "_xlnm.print_area"]);

export function printDefinedNames(
  workbook: string,
  p: string,
  sheets: readonly { name: string; page: PageSetup }[],
): string {
  if (sheets.length === 0) return workbook;
  // Position of each sheet in <sheets>: localSheetId.
  const order = [
    ...workbook.matchAll(new RegExp(`<${p}sheet\\b[^>]*>`, "g")),
  ].map((m) => attrs(m[0]).name ?? "");
  const names: string[] = [];
  const ids = new Set<string>();
  for (const s of sheets) {
    const id = order.findIndex((n) => n === s.name);
    if (id < 0) continue;
    ids.add(String(id));
    const { titles, area } = printNames(s.name, s.page);
    if (titles)
      names.push(
        `<${p}definedName name="_xlnm.Print_Titles" localSheetId="${id}">${escapeXml(titles)}</${p}definedName>`,
      );
    if (area)
      names.push(
        `<${p}definedName name="_xlnm.Print_Area" localSheetId="${id}">${escapeXml(area)}</${p}definedName>`,
      );
  }
  // Earlier print names of the sheets written go; the user's own names stay.
  let xml = workbook.replace(
    new RegExp(`<${p}definedName\\b([^>]*)>[\\s\\S]*?</${p}definedName>`, "g"),
    (element, a: string) => {
      const at = attrs(`<x${a}>`);
      return PRINT.has((at.name ?? "").toLowerCase()) &&
        ids.has(at.localSheetId ?? "")
        ? ""
        : element;
    },
  );
  if (names.length === 0) return xml;
  const open = new RegExp(`<${p}definedNames\\b[^>]*>`);
  if (open.test(xml)) return xml.replace(open, (m) => `${m}${names.join("")}`);
  xml = xml.replace(new RegExp(`<${p}definedNames\\s*/>`), "");
  // After <sheets> (and functionGroups / externalReferences when present).
  const after = [
    `</${p}externalReferences>`,
    `</${p}functionGroups>`,
    `</${p}sheets>`,
  ]
    .map((tag) => ({ tag, at: xml.indexOf(tag) }))
    .find((x) => x.at >= 0);
  if (!after) return xml;
  const at = after.at + after.tag.length;
  return `${xml.slice(0, at)}<${p}definedNames>${names.join("")}</${p}definedNames>${xml.slice(at)}`;
}
