import * as React from "react";
import { Input } from "@fluentui/react-components";
import { styles } from "./styles";

/**
 * A whole-number spin button (role "spinbutton") over Fluent's Input, for the decimals setting.
 * It behaves as Fluent's SpinButton did here – arrows step, Home/End go to the ends, typed text
 * is committed on Enter or leaving the field, text that is not a number is reported, not applied
 * – without SpinButton's own styles and icons (≈ 5 KB gzipped of the pane's first download).
 */
export interface DecimalsInputProps {
  value: number | null;
  min: number;
  max: number;
  disabled?: boolean;
  /** A new value, within min…max. */
  onCommit: (value: number) => void;
  /** Typed text that is not a number; the value stays. */
  onInvalid: (text: string) => void;
}

/** Typed text → a whole number within min…max; null when it is not a number. */
export function typedDecimals(
  text: string,
  min: number,
  max: number,
): number | null {
  const raw = Number(text.trim().replace("−", "-"));
  if (!Number.isFinite(raw)) return null;
  return Math.min(max, Math.max(min, Math.round(raw)));
}

export function DecimalsInput({
  value,
  min,
  max,
  disabled,
  onCommit,
  onInvalid,
}: DecimalsInputProps) {
  // Text being typed (null: show the value).
  const [text, setText] = React.useState<string | null>(null);
  const clamp = (n: number) => Math.min(max, Math.max(min, n));
  const step = (by: number) => {
    setText(null);
    const next = clamp((value ?? 0) + by);
    if (next !== value) onCommit(next);
  };
  const commit = () => {
    if (text === null) return;
    setText(null);
    const next = typedDecimals(text, min, max);
    if (next === null) onInvalid(text);
    else onCommit(next);
  };
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    const keys: Record<string, () => void> = {
      ArrowUp: () => step(1),
      ArrowDown: () => step(-1),
      PageUp: () => step(1),
      PageDown: () => step(-1),
      Home: () => onCommit(min),
      End: () => onCommit(max),
      Enter: commit,
    };
    const action = keys[e.key];
    if (!action) return;
    e.preventDefault();
    action();
  };
  const stepButton = (by: number, glyph: string) => (
    // Out of the tab order and hidden from screen readers, as SpinButton's: the arrow keys do the same.
    <button
      type="button"
      tabIndex={-1}
      aria-hidden="true"
      className={styles.step}
      disabled={
        disabled || (by > 0 ? (value ?? 0) >= max : (value ?? 0) <= min)
      }
      onClick={() => step(by)}
    >
      {glyph}
    </button>
  );
  return (
    <Input
      role="spinbutton"
      autoComplete="off"
      aria-valuemin={min}
      aria-valuemax={max}
      aria-valuenow={value ?? undefined}
      value={text ?? (value === null ? "" : String(value))}
      disabled={disabled}
      onChange={(_, data) => setText(data.value)}
      onBlur={commit}
      onKeyDown={onKeyDown}
      contentAfter={
        <span className={styles.stepper}>
          {stepButton(1, "▲")}
          {stepButton(-1, "▼")}
        </span>
      }
    />
  );
}
