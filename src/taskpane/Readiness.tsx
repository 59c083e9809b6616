import * as React from "react";
import { Link } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { CheckView, PickedTables, TableRole } from "./host";
import { stepName, stringsFor } from "./i18n";
import { Overview } from "./Overview";
import { styles } from "./styles";
import { TableLine, type PickProblem } from "./TableLine";

const ROLES: TableRole[] = ["initiatives", "keys"];

export type { PickProblem };

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
  return (
    <section className={styles.card} aria-labelledby="readiness-title">
      <h2 id="readiness-title" className={styles.subheading}>
        {t.readiness}
      </h2>
      <ul className={styles.list}>
        {ROLES.map((role) => (
          <TableLine
            key={role}
            role={role}
            view={view}
            lang={lang}
            range={picked[role]}
            problem={pickProblem?.role === role ? pickProblem : null}
            onPick={onPick}
            onForget={onForget}
            busy={busy}
          />
        ))}
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
