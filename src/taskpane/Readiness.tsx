import * as React from "react";
import { Button, Link } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { CheckView, PickedTables, TableRole } from "./host";
import { stepName, stringsFor } from "./i18n";
import { Overview } from "./Overview";
import { styles } from "./styles";

const ROLES: TableRole[] = ["initiatives", "keys"];

/** A pick that could not be used: which range, for which table, and why. */
export interface PickProblem {
  role: TableRole;
  ref: string;
  why: string;
}

export interface ReadinessProps {
  view: CheckView;
  lang: Lang;
  picked: PickedTables;
  pickProblem: PickProblem | null;
  /** Use Excel's current selection as the table of this role (again, to change it). */
  onPick: (role: TableRole) => void;
  onForget: (role: TableRole) => void;
  /** Opens the folded settings (the "change" link after step and method). */
  onChangeSettings: () => void;
  /** True while a pick or a fill runs. */
  busy: boolean;
}

/**
 * The readiness card: is each table there (and how big), which periods, which step and method –
 * the few facts to see before filling; where exactly the tables are is folded below it.
 */
export function Readiness({
  view,
  lang,
  picked,
  pickProblem,
  onPick,
  onForget,
  onChangeSettings,
  busy,
}: ReadinessProps) {
  const t = stringsFor(lang);
  const errors = view.findings.filter((f) => f.severity === "error").length;
  const ok = (role: TableRole) =>
    !view.missing.includes(role) && view.tables.some((x) => x.role === role);
  const sizeOf = (role: TableRole) =>
    role === "initiatives"
      ? t.initiativeCount(view.initiatives)
      : view.units
          .map((u) => t.unitCount(u.units.length, u.group))
          .join(" · ") || t.found;
  return (
    <section className={styles.card} aria-labelledby="readiness-title">
      <h2 id="readiness-title" className={styles.subheading}>
        {t.readiness}
      </h2>
      <ul className={styles.list}>
        {ROLES.map((role) => {
          const range = picked[role];
          const problem = pickProblem?.role === role ? pickProblem : null;
          return (
            <li key={role} data-role={role} className={styles.section}>
              <span>
                <strong>{`${t.roleName[role]} `}</strong>
                {ok(role) ? (
                  <span className={styles.success}>
                    <span aria-hidden="true">✓ </span>
                    {sizeOf(role)}
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
              {!ok(role) && (
                <p className={styles.muted}>{t.missingHint[role]}</p>
              )}
              {(!ok(role) || range) && (
                <div className={styles.row}>
                  <Button
                    size="small"
                    className={styles.button}
                    disabled={busy}
                    onClick={() => onPick(role)}
                  >
                    {range ? t.changePick : t.useSelection(role)}
                  </Button>
                  {range && (
                    <Button
                      size="small"
                      appearance="subtle"
                      className={styles.button}
                      disabled={busy}
                      onClick={() => onForget(role)}
                    >
                      {t.removePick}
                    </Button>
                  )}
                </div>
              )}
            </li>
          );
        })}
        {view.periods.length > 0 && (
          <li className={styles.row}>
            <strong>{t.periods}</strong>
            <span className={styles.chips}>
              {view.periods.map((p) => (
                <span key={p} className={styles.chip}>
                  {p}
                </span>
              ))}
            </span>
          </li>
        )}
        {view.step && (
          <li>
            {`${stepName(view.step.decimals, lang)} · ${t.methodShort[view.method ?? "reconciled"]}${view.unitText ? ` · ${view.unitText}` : ""} · `}
            <Link as="button" inline onClick={onChangeSettings} disabled={busy}>
              {t.change}
            </Link>
          </li>
        )}
        {errors > 0 && (
          <li className={styles.error}>
            <span aria-hidden="true">✗ </span>
            {t.readinessErrors(errors)}
          </li>
        )}
      </ul>
      {view.initiatives > 0 && view.periods.length === 0 && (
        <p className={styles.error}>{t.noPeriods}</p>
      )}
      <details className={styles.fold}>
        <summary>{t.tableDetails}</summary>
        <div className={styles.foldBody}>
          <Overview view={view} lang={lang} />
        </div>
      </details>
    </section>
  );
}
