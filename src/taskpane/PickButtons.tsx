import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../engine";
import type { RangeRef, TableRole } from "./host";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export interface PickButtonsProps {
  role: TableRole;
  lang: Lang;
  /** The range picked for this table, if any. */
  range: RangeRef | undefined;
  onPick: (role: TableRole) => void;
  onForget: (role: TableRole) => void;
  busy: boolean;
}

/** Use Excel's selection as this table (or change the pick), and forget a pick. */
export function PickButtons({
  role,
  lang,
  range,
  onPick,
  onForget,
  busy,
}: PickButtonsProps) {
  const t = stringsFor(lang);
  return (
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
  );
}
