/**
 * Check boxes and radio buttons as the browser makes them, in the pane's look (pane.css): Fluent's
 * Checkbox and Radio cost ≈ 5 KB of the page's first download (issue 13) for what a native input
 * already does – keyboard, forms, a disabled fieldset, screen readers. Same props as Fluent's, so
 * the forms read the same.
 */
import * as React from "react";
import { classes, styles } from "./styles";

type ChangeHandler<T> = (
  event: React.ChangeEvent<HTMLInputElement>,
  data: T,
) => void;

export interface CheckboxProps {
  label: React.ReactNode;
  checked: boolean;
  onChange: ChangeHandler<{ checked: boolean }>;
  disabled?: boolean;
}

export function Checkbox({
  label,
  checked,
  onChange,
  disabled,
}: CheckboxProps) {
  const id = React.useId();
  return (
    <span className={styles.choice}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={disabled}
        onChange={(e) => onChange(e, { checked: e.currentTarget.checked })}
      />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}

interface Group {
  name: string;
  value: string;
  onChange: ChangeHandler<{ value: string }>;
}

const GroupContext = React.createContext<Group | null>(null);

/** Extra attributes of the group's element (Field gives it its label and hint this way). */
type GroupAttributes = Omit<
  React.HTMLAttributes<HTMLDivElement>,
  "onChange" | "children"
>;

export interface RadioGroupProps extends GroupAttributes {
  value: string;
  onChange: ChangeHandler<{ value: string }>;
  layout?: "vertical" | "horizontal";
  children: React.ReactNode;
}

export function RadioGroup({
  value,
  onChange,
  layout = "vertical",
  children,
  className,
  ...attributes
}: RadioGroupProps) {
  const name = React.useId();
  const group = React.useMemo(
    () => ({ name, value, onChange }),
    [name, value, onChange],
  );
  return (
    <div
      role="radiogroup"
      {...attributes}
      className={classes(
        layout === "horizontal" ? styles.row : styles.choices,
        className,
      )}
    >
      <GroupContext.Provider value={group}>{children}</GroupContext.Provider>
    </div>
  );
}

export interface RadioProps {
  value: string;
  label: React.ReactNode;
  /** Attributes of the input itself (`aria-describedby`, `lang`). */
  input?: React.InputHTMLAttributes<HTMLInputElement>;
}

export function Radio({ value, label, input }: RadioProps) {
  const group = React.useContext(GroupContext);
  const id = React.useId();
  if (!group) throw new Error("Radio outside a RadioGroup");
  return (
    <span className={styles.choice}>
      <input
        {...input}
        id={id}
        type="radio"
        name={group.name}
        value={value}
        checked={group.value === value}
        onChange={(e) => group.onChange(e, { value })}
      />
      <label htmlFor={id}>{label}</label>
    </span>
  );
}
