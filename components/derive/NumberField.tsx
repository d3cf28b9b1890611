import { useState } from 'react';

interface Props {
  label: string;
  value: number | undefined;
  min?: number;
  max?: number;
  step?: number;
  onChange: (value: number | undefined) => void;
  /** Whether an empty box is allowed (undefined), as for an open range bound. */
  optional?: boolean;
}

/**
 * A number box that passes on every valid number as it is typed (so the backtest follows
 * live) while letting the user clear it or type half a number without losing the text.
 */
export function NumberField({ label, value, min, max, step, onChange, optional }: Props) {
  const [text, setText] = useState(value === undefined ? '' : String(value));
  const [shown, setShown] = useState(value);
  // Follows changes made elsewhere (a refit, a reset) without fighting the user's typing.
  if (value !== shown) {
    setShown(value);
    if (value !== (text.trim() === '' ? undefined : Number(text)))
      setText(value === undefined ? '' : String(value));
  }
  const parsed = text.trim() === '' ? undefined : Number(text);
  const valid =
    parsed === undefined
      ? optional === true
      : Number.isFinite(parsed) &&
        (min === undefined || parsed >= min) &&
        (max === undefined || parsed <= max);
  return (
    <input
      type="number"
      aria-label={label}
      aria-invalid={!valid}
      className="derive-number"
      value={text}
      min={min}
      max={max}
      step={step ?? 'any'}
      onChange={(event) => {
        const next = event.currentTarget.value;
        setText(next);
        const number = next.trim() === '' ? undefined : Number(next);
        const ok =
          number === undefined
            ? optional === true
            : Number.isFinite(number) &&
              (min === undefined || number >= min) &&
              (max === undefined || number <= max);
        if (ok) {
          setShown(number);
          onChange(number);
        }
      }}
    />
  );
}
