import * as React from "react";
import { Button } from "@fluentui/react-components";
import type { PassOn } from "../sheets/pass-on";
import type { PassOnStrings } from "./passOnStrings";

export interface PassOnListProps {
  list: readonly PassOn[];
  t: PassOnStrings;
  onRemove: (index: number) => void;
}

/** What is passed on now, each with a button that removes it; a line saying so when nothing is. */
export function PassOnList({ list, t, onRemove }: PassOnListProps) {
  if (list.length === 0) return <p>{t.none}</p>;
  return (
    <ul aria-labelledby="pass-on-title">
      {list.map((p, i) => (
        <li key={`${p.unit}→${p.group}`}>
          {`${p.unit} → ${p.group} `}
          <Button
            size="small"
            appearance="subtle"
            aria-label={t.remove(p)}
            onClick={() => onRemove(i)}
          >
            ×
          </Button>
        </li>
      ))}
    </ul>
  );
}
