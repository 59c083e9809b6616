import * as React from "react";
import { Button, Field, Input } from "@fluentui/react-components";
import { sameName } from "../engine";
import type { PassOn } from "../sheets/pass-on";
import type { PassOnStrings } from "./passOnStrings";

export interface PassOnDraftProps {
  /** What is passed on already: the same unit and group again is refused, said at the field. */
  list: readonly PassOn[];
  t: PassOnStrings;
  /** Units and groups offered as suggestions. */
  units: readonly string[];
  groups: readonly string[];
  onAdd: (passOn: PassOn) => void;
}

const same = (a: PassOn, b: PassOn) =>
  sameName(a.unit, b.unit) && sameName(a.group, b.group);

/** The unit and group being typed, and the button that adds them; emptied once added. */
export function PassOnDraft({
  list,
  t,
  units,
  groups,
  onAdd,
}: PassOnDraftProps) {
  const [unit, setUnit] = React.useState("");
  const [group, setGroup] = React.useState("");
  const draft: PassOn = { unit: unit.trim(), group: group.trim() };
  const duplicate = list.some((p) => same(p, draft));
  const ready = draft.unit !== "" && draft.group !== "" && !duplicate;

  const add = () => {
    if (!ready) return;
    onAdd(draft);
    setUnit("");
    setGroup("");
  };

  return (
    <>
      <Field label={t.unit} hint={t.unitHint}>
        <Input
          value={unit}
          list="pass-on-units"
          onChange={(_, d) => setUnit(d.value)}
        />
      </Field>
      <Field
        label={t.group}
        hint={t.groupHint}
        validationMessage={duplicate ? t.duplicate : undefined}
      >
        <Input
          value={group}
          list="pass-on-groups"
          onChange={(_, d) => setGroup(d.value)}
          onKeyDown={(e) => e.key === "Enter" && add()}
        />
      </Field>
      <datalist id="pass-on-units">
        {units.map((u) => (
          <option key={u} value={u} />
        ))}
      </datalist>
      <datalist id="pass-on-groups">
        {groups.map((g) => (
          <option key={g} value={g} />
        ))}
      </datalist>
      <Button onClick={add} disabled={!ready}>
        {t.add}
      </Button>
    </>
  );
}
