/* global Buffer, process, NodeJS */
/**
 * Where the CLI may write, and writing there safely: an existing file is replaced only when it
 * is Fordel's earlier output of the same input and unchanged since (or with --force); read-only
 * and locked files (open in Excel or LibreOffice) are refused; the file is written beside the
 * target and renamed into place, and the temporary file is removed on every failure.
 */
import * as fs from "fs";
import * as path from "path";
import { Limits } from "./limits";
import { readOwnership } from "./ownership";
import { openPackage } from "./package";
import { InputProblem } from "./problems";
import { partsDigest } from "./write-package";

/** The lock files Excel (`~$name`) and LibreOffice (`.~lock.name#`) keep beside an open file. */
export function lockFiles(file: string): string[] {
  const dir = path.dirname(file);
  const base = path.basename(file);
  return [`~$${base}`, `~$${base.slice(2)}`, `.~lock.${base}#`].map((n) =>
    path.join(dir, n),
  );
}

/** Throws an InputProblem when `output` must not be replaced. */
export function checkOutput(
  output: string,
  input: { pathHash: string; sha256: string },
  force: boolean,
  limits: Limits,
): void {
  const shown = path.basename(output);
  const lock = lockFiles(output).find((f) => fs.existsSync(f));
  if (lock)
    throw new InputProblem("outputLocked", {
      file: shown,
      lock: path.basename(lock),
    });
  const dir = path.dirname(output);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory())
    throw new InputProblem("outputDir", { file: shown, dir });
  if (!fs.existsSync(output)) return;
  const stat = fs.statSync(output);
  if (!stat.isFile()) throw new InputProblem("notFile", { file: shown });
  // The mode bits too: an administrator may write anywhere, but a read-only file says "keep me".
  let writable = (stat.mode & 0o222) !== 0;
  try {
    fs.accessSync(output, fs.constants.W_OK);
  } catch {
    writable = false;
  }
  if (!writable) throw new InputProblem("outputReadOnly", { file: shown });
  if (force) return;
  let earlier = false;
  let why = "";
  try {
    const pkg = openPackage(fs.readFileSync(output), limits);
    const record = readOwnership(pkg);
    if (
      record?.source &&
      (record.source.pathHash === input.pathHash ||
        record.source.sha256 === input.sha256)
    ) {
      earlier = true;
      const now = partsDigest(
        pkg.entries.map((e) => ({ name: e.name, size: e.size, crc: e.crc })),
        record.part,
      );
      if (now !== record.carried)
        why =
          "saved or edited after Fordel wrote it / gemt eller redigeret efter Fordel skrev den";
    }
  } catch {
    earlier = false;
  }
  if (!earlier) throw new InputProblem("outputExists", { file: shown });
  if (why) throw new InputProblem("outputChanged", { file: shown, why });
}

/** Writes `data` to `output` through a temporary file in the same folder; nothing is left behind on failure. */
export function writeAtomically(output: string, data: Buffer): void {
  const dir = path.dirname(output);
  const temp = path.join(
    dir,
    `.${path.basename(output)}.fordel-${process.pid}-${Date.now().toString(36)}.tmp`,
  );
  try {
    fs.writeFileSync(temp, data, { flag: "wx" });
    fs.renameSync(temp, output);
  } catch (e) {
    try {
      fs.rmSync(temp, { force: true });
    } catch {
      // Nothing more can be done; the message below names the output, not the temporary file.
    }
    const code = (e as NodeJS.ErrnoException).code ?? "";
    const file = path.basename(output);
    if (code === "ENOENT" || code === "ENOTDIR")
      throw new InputProblem("outputDir", { file, dir });
    if (code === "EACCES" || code === "EPERM" || code === "EROFS")
      throw new InputProblem("outputDenied", { file, dir });
    if (code === "ENOSPC" || code === "EDQUOT")
      throw new InputProblem("diskFull", { file });
    if (code === "EISDIR") throw new InputProblem("notFile", { file });
    throw new InputProblem("writeFailed", { file, why: code || "unknown" });
  }
}
