import * as React from "react";
import type { Lang } from "../engine";
import type { CheckView, TableRole } from "./host";
import { formatCount, stringsFor } from "./i18n";
import { styles } from "./styles";

const ROLES: TableRole[] = ["initiatives", "keys"];
/** Units listed by name before "and N more" (98 municipalities would fill the pane). */
const UNITS_SHOWN = 8;

export interface OverviewProps {
  view: CheckView;
  lang: Lang;
}

/** The table details, folded under the readiness card: where the tables are, periods, units, keys. */
export function Overview({ view, lang }: OverviewProps) {
  const t = stringsFor(lang);
  return (
    <section className={styles.section} aria-label={t.overviewTitle}>
      <ul className={styles.list}>
        {ROLES.map((role) => {
          const found = view.tables.find((table) => table.role === role);
          return (
            <li key={role} className={styles.section} data-role={role}>
              <span>
                <strong>{t.roleName[role]}: </strong>
                {found && !view.missing.includes(role)
                  ? t.tableFound(found)
                  : t.notFound}
              </span>
            </li>
          );
        })}
      </ul>
      {view.initiatives > 0 && (
        <p className={styles.muted}>{t.initiativeRows(view.initiatives)}</p>
      )}

      <h3 className={styles.subheading}>{t.periods}</h3>
      <p>{view.periods.length > 0 ? view.periods.join(", ") : t.noPeriods}</p>

      {view.units.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.units}</h3>
          <ul className={styles.list}>
            {view.units.map(({ group, units }) => {
              const shown = units.slice(0, UNITS_SHOWN).join(", ");
              const more =
                units.length > UNITS_SHOWN
                  ? `, ${t.andMore(units.length - UNITS_SHOWN)}`
                  : "";
              return (
                <li key={group}>
                  <strong>{`${t.group[group] ?? group} (${formatCount(units.length, lang)}): `}</strong>
                  {shown + more}
                </li>
              );
            })}
          </ul>
        </>
      )}

      {view.keys.length > 0 && (
        <>
          <h3 className={styles.subheading}>{t.keys}</h3>
          <ul className={styles.list}>
            {view.keys.map((key, i) => (
              <li key={`${key.name}-${key.period ?? ""}-${i}`}>
                <strong>{key.name}</strong>
                {` – ${t.group[key.group] ?? key.group}, ${t.keyPeriod(key.period)}, ${t.keyUnits(key.units)}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
