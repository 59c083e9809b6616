/* global Buffer */
/**
 * A small zip reader and writer for .xlsx packages. Own code (not JSZip) so that every part is
 * inflated with a hard limit on its size (a decompression bomb stops at the limit, not at 2 GB)
 * and so that parts Fordel does not touch are carried over as their original compressed bytes.
 */
import { constants, crc32, deflateRawSync, inflateRawSync } from "zlib";
import { InputProblem } from "./problems";

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** The entry's compressed bytes as stored. */
  raw: Buffer;
  /** Modification time and date, DOS format, as stored. */
  time: number;
  date: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** The entries of a zip archive, in the order of its central directory. Throws InputProblem. */
export function readZip(buf: Buffer, maxEntries: number): ZipEntry[] {
  if (buf.length < 22) throw new InputProblem("truncated");
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65557); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      end = i;
      break;
    }
  }
  if (end < 0)
    throw new InputProblem(
      buf.readUInt32LE(0) === LOCAL ? "truncated" : "notZip",
    );
  const count = buf.readUInt16LE(end + 10);
  const dirSize = buf.readUInt32LE(end + 12);
  let at = buf.readUInt32LE(end + 16);
  if (count === 0xffff || at === 0xffffffff) throw new InputProblem("zip64");
  if (count > maxEntries)
    throw new InputProblem("tooManyParts", { count, limit: maxEntries });
  if (at + dirSize > end) throw new InputProblem("truncated");
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== CENTRAL)
      throw new InputProblem("malformedZip");
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const time = buf.readUInt16LE(at + 12);
    const date = buf.readUInt16LE(at + 14);
    const crc = buf.readUInt32LE(at + 16);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const local = buf.readUInt32LE(at + 42);
    const name = buf.toString("utf8", at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    if (flags & 1) throw new InputProblem("encrypted");
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== LOCAL)
      throw new InputProblem("truncated");
    const start =
      local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    if (start + compressedSize > buf.length)
      throw new InputProblem("truncated");
    entries.push({
      name,
      method,
      flags,
      crc,
      compressedSize,
      size,
      raw: buf.subarray(start, start + compressedSize),
      time,
      date,
    });
  }
  return entries;
}

/** An entry's content, inflated with a limit: a part larger than `maxBytes` is refused, whatever its header claims. */
export function inflateEntry(entry: ZipEntry, maxBytes: number): Buffer {
  if (entry.size > maxBytes)
    throw new InputProblem("partTooLarge", {
      part: entry.name,
      limit: maxBytes,
    });
  let data: Buffer;
  if (entry.method === 0) data = entry.raw;
  else if (entry.method === 8) {
    try {
      data = inflateRawSync(entry.raw, { maxOutputLength: maxBytes + 1 });
    } catch (e) {
      if ((e as { code?: string }).code === "ERR_BUFFER_TOO_LARGE")
        throw new InputProblem("partTooLarge", {
          part: entry.name,
          limit: maxBytes,
        });
      throw new InputProblem("malformedZip");
    }
  } else throw new InputProblem("malformedZip");
  if (data.length > maxBytes)
    throw new InputProblem("partTooLarge", {
      part: entry.name,
      limit: maxBytes,
    });
  if (data.length !== entry.size || crc32(data) >>> 0 !== entry.crc >>> 0)
    throw new InputProblem("malformedZip");
  return data;
}

/** A part to write: carried over as stored (`entry`), new content (`data`, deflated here), or new content deflated already. */
export type OutPart =
  | { name: string; entry: ZipEntry }
  | { name: string; data: Buffer }
  | { name: string; deflated: Deflated };

/** New content, deflated: its compressed bytes, and the CRC and size of what they inflate to. */
export interface Deflated {
  raw: Buffer;
  crc: number;
  size: number;
}

/** The fastest level: a sheet's XML still shrinks 5–25 times, and level 6 took three times as long (issue 17). */
const LEVEL = constants.Z_BEST_SPEED;

/**
 * Text given in pieces, deflated piece by piece into one deflate stream: a sheet of millions of
 * cells is never one string nor one buffer (issue 17). Each piece ends on a byte boundary with a
 * sync flush, and the stream ends with an empty final block, so the pieces join as they are.
 */
export function deflatePieces(pieces: Iterable<string>): Deflated {
  const out: Buffer[] = [];
  let crc = 0;
  let size = 0;
  for (const piece of pieces) {
    if (piece === "") continue;
    const data = Buffer.from(piece, "utf8");
    crc = crc32(data, crc);
    size += data.length;
    out.push(
      deflateRawSync(data, {
        level: LEVEL,
        finishFlush: constants.Z_SYNC_FLUSH,
      }),
    );
  }
  out.push(deflateRawSync(Buffer.alloc(0), { level: LEVEL }));
  return { raw: Buffer.concat(out), crc: crc >>> 0, size };
}

/** A zip archive of the parts in order. Carried entries keep their compressed bytes and CRC. */
export function writeZip(parts: readonly OutPart[], now: Date): Buffer {
  const dosTime =
    (now.getHours() << 11) |
    (now.getMinutes() << 5) |
    Math.floor(now.getSeconds() / 2);
  const dosDate =
    ((Math.max(1980, now.getFullYear()) - 1980) << 9) |
    ((now.getMonth() + 1) << 5) |
    now.getDate();
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name, "utf8");
    let e: Omit<ZipEntry, "name">;
    if ("entry" in part) e = { ...part.entry, flags: part.entry.flags & 0x800 };
    else {
      const d =
        "deflated" in part
          ? part.deflated
          : {
              raw: deflateRawSync(part.data, { level: LEVEL }),
              crc: crc32(part.data) >>> 0,
              size: part.data.length,
            };
      e = {
        method: 8,
        flags: 0,
        crc: d.crc,
        compressedSize: d.raw.length,
        size: d.size,
        raw: d.raw,
        time: dosTime,
        date: dosDate,
      };
    }
    const flags = e.flags | (/[^\x20-\x7e]/.test(part.name) ? 0x800 : 0);
    // The local header and the central directory entry share these fields, at other offsets.
    const common = (b: Buffer, at: number) => {
      b.writeUInt16LE(flags, at);
      b.writeUInt16LE(e.method, at + 2);
      b.writeUInt16LE(e.time, at + 4);
      b.writeUInt16LE(e.date, at + 6);
      b.writeUInt32LE(e.crc >>> 0, at + 8);
      b.writeUInt32LE(e.compressedSize, at + 12);
      b.writeUInt32LE(e.size, at + 16);
      b.writeUInt16LE(name.length, at + 20);
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    local.writeUInt16LE(20, 4);
    common(local, 6);
    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(CENTRAL, 0);
    dir.writeUInt16LE(20, 4);
    dir.writeUInt16LE(20, 6);
    common(dir, 8);
    dir.writeUInt32LE(offset, 42);
    chunks.push(local, name, e.raw);
    central.push(dir, name);
    offset += 30 + name.length + e.raw.length;
  }
  const dirBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dirBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...chunks, dirBuf, end]);
}
