import * as React from "react";
import type { Lang } from "../engine";
import type { CheckView, RangeRef, TableRole } from "./host";
import { stringsFor } from "./i18n";
import { PickButtons } from "./PickButtons";
import { styles } from "./styles";

/** A pick that could not be used: which range, for which table, and why. */
export interface PickProblem {
  role: TableRole;
  ref: string;
  why: string;
}

export interface TableLineProps {
  role: TableRole;
  view: CheckView;
  lang: Lang;
  range: RangeRef | undefined;
  /** The failed pick of this table, if the last one failed. */
  problem: PickProblem | null;
  onPick: (role: TableRole) => void;
  onForget: (role: TableRole) => void;
  busy: boolean;
}

/** How big a found table is: the initiatives' count, or the units per group of the keys. */
function sizeOf(role: TableRole, view: CheckView, lang: Lang): string {
  const t = stringsFor(lang);
  return role === "initiatives"
    ? t.initiativeCount(view.initiatives)
    : view.units.map((u) => t.unitCount(u.units.length, u.group)).join(" · ") ||
        t.found;
}

/** One table on the readiness card: found (how big) or not, where it was picked, how to pick it. */
export function TableLine({
  role,
  view,
  lang,
  range,
  problem,
  onPick,
  onForget,
  busy,
}: TableLineProps) {
  const t = stringsFor(lang);
  const ok =
    !view.missing.includes(role) && view.tables.some((x) => x.role === role);
  return (
    <li data-role={role} className={styles.section}>
      <span>
        <strong>{`${t.roleName[role]} `}</strong>
        {ok ? (
          <span className={styles.success}>
            <span aria-hidden="true">✓ </span>
            {sizeOf(role, view, lang)}
          </span>
        ) : (
          <span className={styles.error}>
            <span aria-hidden="true">✗ </span>
            {t.notFound}
          </span>
        )}
        {range && (
          <span
            className={styles.muted}
          >{` · ${t.pickedRange(`${range.sheet}!${range.address}`)}`}</span>
        )}
      </span>
      {problem && (
        <p role="alert" className={styles.error}>
          {`${t.pickWrong(problem.ref, role)}: ${problem.why}`}
        </p>
      )}
      {!ok && <p className={styles.muted}>{t.missingHint[role]}</p>}
      {(!ok || range) && (
        <PickButtons
          role={role}
          lang={lang}
          range={range}
          onPick={onPick}
          onForget={onForget}
          busy={busy}
        />
      )}
    </li>
  );
}
