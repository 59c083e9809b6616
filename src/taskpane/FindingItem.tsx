import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { Finding, Lang } from "../engine";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

/** Called with the finding's sheet and cell when the user activates its link. */
export type SelectCell = (sheet: string, cell: string) => void;

/** Excel's way of writing a cell on a sheet: quotes around names that need them. */
export function cellReference(sheet: string, cell: string): string {
  const plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(sheet);
  return `${plain ? sheet : `'${sheet.replace(/'/g, "''")}'`}!${cell}`;
}

/** One finding: its message and, when it has a cell, a link that goes there. */
export function FindingItem({
  f,
  lang,
  onSelect,
}: {
  f: Finding;
  lang: Lang;
  onSelect: SelectCell;
}) {
  const t = stringsFor(lang);
  const where =
    f.sheet && f.cell ? cellReference(f.sheet, f.cell) : (f.sheet ?? null);
  return (
    <li className={styles.finding}>
      <span>{f.message}</span>{" "}
      {f.sheet && f.cell ? (
        <Link
          as="button"
          inline
          title={t.goToCell(where!)}
          onClick={() => onSelect(f.sheet!, f.cell!)}
        >
          {`${t.goTo} ${where} →`}
        </Link>
      ) : (
        where && <span className={styles.muted}>{`(${where})`}</span>
      )}
    </li>
  );
}
