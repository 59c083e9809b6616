import {
  BLOCK,
  Channel,
  FindingCode,
  InitiativeRow,
  nameKey,
  Recipient,
} from "../engine";
import type { RawRow } from "./initiative-reader";
import { OwnUnits } from "./own-units";
import { parseRecipient } from "./recipient";
import { FindingList } from "./report";
import { LEFT_OUT } from "./tree";

/** What a row passes on to the rows under it. */
interface Inherited {
  channel: Channel;
  recipient: Recipient;
  key: string | null;
}

/** Rows in tree order (preorder, siblings in sheet order) with inherited channel, recipient and key. */
export function buildRows(
  raw: RawRow[],
  parents: number[],
  leftOutCode: ReadonlyMap<number, FindingCode>,
  sheet: string,
  out: FindingList,
  own: OwnUnits,
): { rows: InitiativeRow[]; rowIndexOf: Map<number, number> } {
  const { roots, children } = treeOf(parents);
  const duplicate = siblingDuplicates(raw, [roots, ...children]);
  const rows: InitiativeRow[] = [];
  const rowIndexOf = new Map<number, number>();
  // Depth-first with an explicit stack: a chain of sub-items may be thousands of rows deep.
  const stack: {
    i: number;
    parentId: number | null;
    inherited: Inherited | null;
  }[] = [];
  for (let j = roots.length - 1; j >= 0; j--)
    stack.push({ i: roots[j], parentId: null, inherited: null });
  while (stack.length > 0) {
    const { i, parentId, inherited } = stack.pop()!;
    const r = raw[i];
    if (duplicate.has(i))
      out.add(
        "warning",
        "DUPLICATE_INITIATIVE",
        { initiative: r.name },
        { sheet, initiative: r.name, cell: r.nameCell },
      );
    const next: Inherited = {
      recipient: rowRecipient(r, inherited, sheet, out, own),
      channel: r.channel ?? inherited?.channel ?? BLOCK,
      key: r.keyText === "" ? (inherited?.key ?? null) : r.keyText,
    };
    const id = rows.length;
    rowIndexOf.set(i, id);
    const leftOut =
      parents[i] === LEFT_OUT ? { leftOut: leftOutCode.get(i) } : {};
    rows.push(initiativeRow(id, r, parentId, next, leftOut, sheet));
    for (let j = children[i].length - 1; j >= 0; j--)
      stack.push({ i: children[i][j], parentId: id, inherited: next });
  }
  return { rows, rowIndexOf };
}

/** The roots and each row's children; rows whose parent cannot be placed come last at top level, excluded in every period. */
function treeOf(parents: readonly number[]): {
  roots: number[];
  children: number[][];
} {
  const children = parents.map(() => [] as number[]);
  const roots: number[] = [];
  parents.forEach((p, i) => {
    if (p === -1) roots.push(i);
    else if (p >= 0) children[p].push(i);
  });
  parents.forEach((p, i) => {
    if (p === LEFT_OUT) roots.push(i);
  });
  return { roots, children };
}

/** A name repeated among siblings is a duplicate (the same name under other parents is not). */
function siblingDuplicates(
  raw: readonly RawRow[],
  families: readonly number[][],
): Set<number> {
  const duplicate = new Set<number>();
  for (const siblings of families) {
    const seen = new Set<string>();
    for (const i of siblings) {
      const k = nameKey(raw[i].name);
      if (seen.has(k)) duplicate.add(i);
      seen.add(k);
    }
  }
  return duplicate;
}

/** The row's `Modtager`, or its parent's when blank; a unit or number it cannot read is an error. */
function rowRecipient(
  r: RawRow,
  inherited: Inherited | null,
  sheet: string,
  out: FindingList,
  own: OwnUnits,
): Recipient {
  if (r.recipientText === "" && inherited) return inherited.recipient;
  const parsed = parseRecipient(r.recipientText, own);
  const where = { sheet, initiative: r.name, cell: r.recipientCell };
  for (const problem of parsed.problems) {
    if (problem.kind === "unknown-unit")
      out.add(
        "error",
        "UNKNOWN_UNIT",
        // As a recipient: the message says where the amount went (Øvrige modtagere) and what to do.
        { unit: problem.unit, recipient: r.recipientText.trim() },
        where,
      );
    else out.add("error", "BAD_NUMBER", { text: problem.text }, where);
  }
  return parsed.recipient;
}

/** The model's row, with the cells it came from. */
function initiativeRow(
  id: number,
  r: RawRow,
  parentId: number | null,
  { channel, recipient, key }: Inherited,
  leftOut: { leftOut?: FindingCode },
  sheet: string,
): InitiativeRow {
  return {
    id,
    name: r.name,
    parent: parentId,
    channel,
    recipient,
    keyName: key,
    amounts: r.amounts,
    ...(r.unreadable.some(Boolean) ? { unreadable: r.unreadable } : {}),
    ...leftOut,
    ...(r.passOnText !== "" ? { passOn: r.passOnText } : {}),
    source: {
      sheet,
      nameCell: r.nameCell,
      amountCells: r.amountCells,
      ...(r.keyCell ? { keyCell: r.keyCell } : {}),
      ...(r.recipientCell ? { recipientCell: r.recipientCell } : {}),
      ...(r.passOnCell ? { passOnCell: r.passOnCell } : {}),
    },
  };
}
