import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { Lang } from "../engine";
import { stringsFor } from "./i18n";
import { styles } from "./styles";

export type SaveState =
  | { state: "idle" }
  | { state: "saving" }
  | { state: "saved" }
  | { state: "failed"; message: string };

export interface SaveRowProps {
  lang: Lang;
  onSave: () => void;
  save: SaveState;
  /** False when the settings are those saved in the document: nothing to save, nothing said. */
  changed: boolean;
}

/** Save the settings in the workbook (for the ribbon button), and say whether it worked. */
export function SaveRow({ lang, onSave, save, changed }: SaveRowProps) {
  const t = stringsFor(lang);
  return (
    <>
      <div className={styles.row}>
        <Button
          className={styles.button}
          onClick={onSave}
          disabled={save.state === "saving" || !changed}
        >
          {t.save}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {save.state === "saved" && (
          <span className={styles.success}>{t.saved}</span>
        )}
        {save.state === "failed" && (
          <span className={styles.error}>{t.saveFailed(save.message)}</span>
        )}
      </div>
    </>
  );
}
