import { Finding, KeyEntry, messageFor, nameKey } from "../engine";
import { invalid } from "./errors";
import { resolvedKey, ResolvedKey } from "./keys";
import { listOf, uiLang } from "./messages";

/** The workbook's keys as the sheets layer parsed them, ready to be looked up by name. */
export interface KeyCatalog {
  /** False when the workbook has no keys table or sheet. */
  found: boolean;
  keys: { entry: KeyEntry; resolved: ResolvedKey }[];
  /** The parser's findings (keys with errors are not in `keys`; their findings say why). */
  findings: Finding[];
}

export function keyCatalog(
  found: boolean,
  entries: readonly KeyEntry[],
  findings: readonly Finding[],
): KeyCatalog {
  return {
    found,
    keys: entries.map((entry) => ({
      entry,
      resolved: resolvedKey(entry.key, entry.group),
    })),
    findings: [...findings],
  };
}

/** Each key's name → content fingerprint, to tell whether a re-read changed anything. */
export function catalogFingerprint(catalog: KeyCatalog): string {
  return catalog.keys
    .map(
      (k) =>
        `${k.entry.key.name}\u001d${k.entry.period ?? ""}\u001d${k.resolved.fingerprint}`,
    )
    .join("\u001c");
}

/**
 * A key by name (case and spacing ignored). A name the keys table has for several years is
 * ambiguous unless the year is added ("Bloktilskud 2026"); a key the parser rejected reports
 * the parser's findings.
 */
export function findKey(catalog: KeyCatalog, name: string): ResolvedKey {
  if (!catalog.found) return invalid("KEYS_TABLE_MISSING");
  const wanted = nameKey(name);
  const byName = catalog.keys.filter(
    (k) => nameKey(k.entry.key.name) === wanted,
  );
  if (byName.length === 1) return byName[0].resolved;
  const byNameAndPeriod = catalog.keys.filter(
    (k) =>
      k.entry.period !== null &&
      nameKey(`${k.entry.key.name} ${k.entry.period}`) === wanted,
  );
  if (byNameAndPeriod.length === 1) return byNameAndPeriod[0].resolved;
  if (byName.length > 1) {
    const periods = byName.map((k) => k.entry.period ?? "—");
    const example =
      `${byName[0].entry.key.name} ${byName.find((k) => k.entry.period)?.entry.period ?? ""}`.trim();
    return invalid("KEY_AMBIGUOUS", {
      key: name,
      periods: listOf(periods),
      example,
    });
  }
  const broken = catalog.findings.filter(
    (f) =>
      f.severity === "error" &&
      typeof f.params.key === "string" &&
      nameKey(f.params.key) === wanted,
  );
  if (broken.length > 0)
    return invalid("KEYS_TABLE_ERRORS", {
      key: name,
      messages: broken
        .map((f) => messageFor(f.code, f.params, uiLang()))
        .join(" "),
    });
  const names = [...new Set(catalog.keys.map((k) => k.entry.key.name))];
  return invalid("KEY_NOT_FOUND", {
    key: name,
    keys: names.length > 0 ? listOf(names) : "—",
  });
}
