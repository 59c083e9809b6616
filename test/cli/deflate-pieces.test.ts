import { crc32, inflateRawSync } from "zlib";
import { deflatePieces, readZip, writeZip } from "../../src/cli/zip";

describe("deflatePieces: text deflated piece by piece into one stream", () => {
  const pieces = ["<a>", "x".repeat(3_000_000), "", "<b>æøå ✓</b>", "</a>"];
  const text = pieces.join("");

  it("inflates to the pieces joined, with their CRC and size", () => {
    const d = deflatePieces(pieces);
    const back = inflateRawSync(d.raw);
    expect(back.toString("utf8")).toBe(text);
    expect(d.size).toBe(Buffer.byteLength(text));
    expect(d.crc).toBe(crc32(Buffer.from(text)) >>> 0);
  });

  it("is written into a zip that reads back", () => {
    const zip = writeZip([{ name: "a.xml", deflated: deflatePieces(pieces) }], new Date(2026, 0, 1));
    const [entry] = readZip(zip, 10);
    expect(entry.size).toBe(Buffer.byteLength(text));
    expect(inflateRawSync(entry.raw).toString("utf8")).toBe(text);
  });

  it("gives an empty part for no pieces", () => {
    expect(inflateRawSync(deflatePieces([]).raw).length).toBe(0);
  });
});
