import { Finding, finding } from "./findings";
import { Key, listKey } from "./key";
import { sameName } from "./names";
import { subsetKey } from "./own-keys";
import { BrokenKey, Group, InitiativeRow, KeyEntry } from "./table";

/** How a row allocated on its own is allocated in a period: by a key, under Øvrige, or not at all. */
export type Resolution =
  | { kind: "allocate"; group: Group; key: Key }
  | { kind: "other" }
  /**
   * `folded`: not allocated because of a broken key, whose finding says so (no finding of its
   * own); `noKey`: no key covers the row's group in the period (one NO_KEY per group and period).
   */
  | { kind: "error"; folded?: BrokenKey; noKey?: Group };

/** The row's group of units (null for recipients that are not units). */
export function recipientGroup(row: InitiativeRow): Group | null {
  return row.recipient.kind === "other" ? null : row.recipient.group;
}

/** The keys covering a group in a period: exact period entries win over period-less ones. */
export function keysFor(
  keys: readonly KeyEntry[],
  period: string,
  match: (e: KeyEntry) => boolean,
): KeyEntry[] {
  const exact = keys.filter((e) => e.period === period && match(e));
  return exact.length > 0
    ? exact
    : keys.filter((e) => e.period === null && match(e));
}

/**
 * The keys and broken keys that could serve a row in a period: those for exactly the period
 * win over period-less ones, broken and usable alike (a broken 2026 key is not replaced by an
 * every-period key).
 */
function candidates(
  keys: readonly KeyEntry[],
  broken: readonly BrokenKey[],
  period: string,
  matchKey: (e: KeyEntry) => boolean,
  matchBroken: (b: BrokenKey) => boolean,
): { keys: KeyEntry[]; broken: BrokenKey[] } {
  const pick = (p: string | null) => ({
    keys: keys.filter((e) => e.period === p && matchKey(e)),
    broken: broken.filter((b) => b.period === p && matchBroken(b)),
  });
  const exact = pick(period);
  return exact.keys.length + exact.broken.length > 0 ? exact : pick(null);
}

/**
 * Key resolution for one row allocated on its own (SPEC §1 `Nøgle`, `Modtager`). A row whose
 * key (named, or the one for its group) is broken is an error folded into that key's finding.
 */
export function resolveKey(
  keys: readonly KeyEntry[],
  row: InitiativeRow,
  period: string,
  report: (f: Finding) => void,
  broken: readonly BrokenKey[] = [],
): Resolution {
  const recipient = row.recipient;
  if (recipient.kind === "other") {
    // An unknown unit already has its error (what happened and what to do): no second, contradicting finding.
    if (!recipient.unknownUnit)
      report(
        finding("info", "OTHER_RECIPIENT", {
          initiative: row.name,
          recipient: recipient.label,
        }),
      );
    return { kind: "other" };
  }
  if (recipient.kind === "units") {
    const made = listKey(
      recipient.units.map((u) => u.unit).join("; "),
      recipient.units,
    );
    for (const f of made.findings) if (f.severity === "error") report(f);
    return made.key
      ? { kind: "allocate", group: recipient.group, key: made.key }
      : { kind: "error" };
  }
  if (row.keyName !== null && row.keyName.trim() !== "") {
    const named = candidates(
      keys,
      broken,
      period,
      (e) => sameName(e.key.name, row.keyName!),
      (b) => b.name === null || sameName(b.name, row.keyName!),
    );
    if (named.broken.length > 0)
      return { kind: "error", folded: named.broken[0] };
    if (named.keys.length === 1)
      return narrowed(row, named.keys[0].group, named.keys[0].key, report);
    if (named.keys.length === 0)
      report(
        finding("error", "UNKNOWN_KEY", {
          key: row.keyName,
          initiative: row.name,
          period,
        }),
      );
    else report(ambiguousKey(recipient.group, period, named.keys));
    return { kind: "error" };
  }
  const fits = candidates(
    keys,
    broken,
    period,
    (e) => e.group === recipient.group,
    (b) => b.group === null || b.group === recipient.group,
  );
  if (fits.broken.length > 0) return { kind: "error", folded: fits.broken[0] };
  if (fits.keys.length === 1)
    return narrowed(row, recipient.group, fits.keys[0].key, report);
  if (fits.keys.length > 1) {
    report(ambiguousKey(recipient.group, period, fits.keys));
    return { kind: "error" };
  }
  if (recipient.group === "Kommuner") {
    report(
      finding("info", "NO_MUNICIPAL_KEY", { period, initiative: row.name }),
    );
    return { kind: "other" };
  }
  return { kind: "error", noKey: recipient.group };
}

/** A row for some of a group's units (`Kommuner i Region Nordjylland`) is split by its key restricted to them. */
function narrowed(
  row: InitiativeRow,
  group: Group,
  key: Key,
  report: (f: Finding) => void,
): Resolution {
  const recipient = row.recipient;
  if (recipient.kind !== "subset") return { kind: "allocate", group, key };
  const sub = subsetKey(key, recipient.units, recipient.label);
  if (sub) return { kind: "allocate", group, key: sub };
  report(
    finding("error", "SUBSET_NOT_IN_KEY", {
      initiative: row.name,
      recipient: recipient.label,
      key: key.name,
    }),
  );
  return { kind: "error" };
}

/** More than one key fits a row (by its `Nøgle` or its group): the user must say which. */
function ambiguousKey(
  group: Group,
  period: string,
  fits: readonly KeyEntry[],
): Finding {
  return finding("error", "AMBIGUOUS_KEY", {
    group,
    period,
    keys: fits.map((e) => e.key.name).join(", "),
  });
}
