/**
 * Just enough XML for the parts of an .xlsx package Fordel reads and edits: attributes, text
 * with entities and OOXML's `_xHHHH_` escapes, and escaping for writing. Parts are scanned with
 * linear regular expressions (no DOM), so a large sheet costs one pass and no tree.
 */
import { columnIndex } from "../sheets/columns";

/** The attributes of one start tag's attribute text, by local name (prefixes dropped, `r:id` also kept whole). */
export function attrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const re = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const value = unescapeXml(m[2] ?? m[3] ?? "");
    out[m[1]] = value;
    const colon = m[1].indexOf(":");
    if (colon >= 0 && !(m[1].slice(colon + 1) in out))
      out[m[1].slice(colon + 1)] = value;
  }
  return out;
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
};

/** XML text → string: entities, character references. */
export function unescapeXml(text: string): string {
  if (text.indexOf("&") < 0) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (all, e: string) => {
    if (e[0] === "#") {
      const code =
        e[1] === "x" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return ENTITIES[e] ?? all;
  });
}

/** OOXML string escapes in cell text: `_x000D_` → "\r"; `_x005F_` escapes a literal "_". */
export function unescapeOoxml(text: string): string {
  if (text.indexOf("_x") < 0) return text;
  return text.replace(/_x([0-9a-fA-F]{4})_/g, (_, h: string) =>
    String.fromCharCode(parseInt(h, 16)),
  );
}

/** A string as XML text or attribute value. */
export function escapeXml(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** A string as cell text: characters XML cannot hold become `_xHHHH_`, a literal `_xHHHH_` is escaped. */
export function escapeCellText(text: string): string {
  return escapeXml(
    text
      .replace(/_x([0-9a-fA-F]{4})_/g, "_x005F_x$1_")
      .replace(
        // eslint-disable-next-line no-control-regex
        /[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g,
        (ch) =>
          `_x${ch.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
      )
      .replace(
        /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
        "\ufffd",
      ),
  );
}

/** The text content of every `<t>` in an element's inner XML (rich text runs), phonetic runs left out. */
export function runText(inner: string): string {
  const clean =
    inner.indexOf("rPh") >= 0
      ? inner.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "")
      : inner;
  let text = "";
  const re = /<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(clean))) text += m[1];
  return unescapeOoxml(unescapeXml(text));
}

/** "B7" → {row: 7, col: 2}, 1-based; null when not a cell reference within Excel's grid. */
export function decodeCell(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref.trim());
  if (!m) return null;
  const row = Number(m[2]);
  const col = columnIndex(m[1]) + 1;
  if (row < 1 || row > 1048576 || col < 1 || col > 16384) return null;
  return { row, col };
}

/** "A1:C3" → 1-based inclusive corners, or null. */
export function decodeRange(
  ref: string,
): { top: number; left: number; bottom: number; right: number } | null {
  const [a, b] = ref.split(":");
  const from = decodeCell(a ?? "");
  const to = b === undefined ? from : decodeCell(b);
  if (!from || !to) return null;
  return {
    top: Math.min(from.row, to.row),
    left: Math.min(from.col, to.col),
    bottom: Math.max(from.row, to.row),
    right: Math.max(from.col, to.col),
  };
}
