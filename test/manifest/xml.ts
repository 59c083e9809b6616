/** A small element tree over fast-xml-parser's ordered output, for checking the manifest. */
import { XMLParser } from "fast-xml-parser";

export interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  text: string;
}

type Ordered = Record<string, unknown> & { ":@"?: Record<string, string> };

function toNode(entry: Ordered): XmlNode | null {
  const name = Object.keys(entry).find((k) => k !== ":@");
  if (!name || name === "#text" || name === "?xml" || name === "#comment") return null;
  const raw = (entry[name] as Ordered[]) ?? [];
  const attrs: Record<string, string> = {};
  for (const [k, v] of Object.entries(entry[":@"] ?? {})) attrs[k.replace(/^@_/, "")] = String(v);
  const text = raw
    .filter((c) => "#text" in c)
    .map((c) => String(c["#text"]))
    .join("");
  return { name, attrs, children: raw.map(toNode).filter((n): n is XmlNode => n !== null), text: text.trim() };
}

export function parseXml(xml: string): XmlNode {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@_", preserveOrder: true, parseTagValue: false, parseAttributeValue: false });
  const top = (parser.parse(xml) as Ordered[]).map(toNode).filter((n): n is XmlNode => n !== null);
  if (top.length !== 1) throw new Error(`expected one root element, got ${top.length}`);
  return top[0];
}

/** Every element below `node` (depth first), with `node` itself. */
export function all(node: XmlNode): XmlNode[] {
  return [node, ...node.children.flatMap(all)];
}

export function child(node: XmlNode, name: string): XmlNode {
  const found = node.children.find((c) => c.name === name);
  if (!found) throw new Error(`<${node.name}> has no <${name}>`);
  return found;
}

/** The local name of an element ("bt:Image" → "Image"). */
export const local = (name: string) => name.replace(/^.*:/, "");
