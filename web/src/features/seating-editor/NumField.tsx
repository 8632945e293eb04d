import { useEffect, useState } from 'react';
import { TextInput, type TextInputProps } from '@mantine/core';

type Props = Omit<TextInputProps, 'value' | 'onChange'> & {
  value: number | undefined;
  onChange: (value: number) => void;
  /** Shown (and sent) when the field is left empty; undefined: empty is not a number. */
  emptyValue?: number;
};

/**
 * A light numeric input (the rows table has hundreds): keeps the typed text, reports every parsable
 * number (out-of-range ones too, so the shared validation names them), reverts junk on blur.
 */
export function NumField({ value, onChange, emptyValue, ...props }: Props) {
  const shown = value === undefined || Number.isNaN(value) ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => {
    setText((t) => (Number(t) === value && t.trim() !== '' ? t : shown));
  }, [shown, value]);
  return (
    <TextInput
      inputMode="decimal"
      autoComplete="off"
      {...props}
      value={text}
      onChange={(e) => {
        const next = e.currentTarget.value;
        setText(next);
        if (next.trim() === '' && emptyValue !== undefined) onChange(emptyValue);
        else if (next.trim() !== '' && Number.isFinite(Number(next))) onChange(Number(next));
      }}
      onBlur={(e) => {
        if (text.trim() === '' || !Number.isFinite(Number(text))) setText(shown);
        props.onBlur?.(e);
      }}
    />
  );
}
