import { useRef, useState, type ChangeEvent } from 'react';
import { isProblem, type FieldError } from './api';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * Plain-state form: values, inline validation (on blur once a field has content, then live),
 * and the server's problem `errors[]` shown next to the inputs they name.
 */
export function useFormFields<F extends string>(
  initial: Record<F, string>,
  validate: (values: Record<F, string>) => FieldErrors<F>,
) {
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [touched, setTouched] = useState<Partial<Record<F, boolean>>>({});
  const formRef = useRef<HTMLFormElement>(null);

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const set = (field: F, value: string) => {
    const next = { ...values, [field]: value };
    setValues(next);
    if (touched[field] || errors[field]) setErrors((prev) => ({ ...prev, [field]: validate(next)[field] }));
  };

  const blur = (field: F) => {
    if (!values[field] && !touched[field]) return;
    setTouched((prev) => ({ ...prev, [field]: true }));
    setErrors((prev) => ({ ...prev, [field]: validate(values)[field] }));
  };

  /** Validates everything; false (and focus on the first invalid input) if something is wrong. */
  const check = (): boolean => {
    const found = validate(values);
    setErrors(found);
    setTouched(Object.fromEntries(Object.keys(values).map((k) => [k, true])) as Record<F, boolean>);
    const ok = Object.values(found).every((message) => !message);
    if (!ok) focusFirstInvalid();
    return ok;
  };

  /** Puts the server's field errors next to their inputs. */
  const showProblem = (error: unknown) => {
    if (!isProblem(error)) return;
    const byField: FieldErrors<F> = {};
    for (const e of error.errors) {
      if (e.field in values) byField[e.field as F] = [byField[e.field as F], e.message].filter(Boolean).join(' ');
    }
    if (Object.keys(byField).length > 0) {
      setErrors(byField);
      focusFirstInvalid();
    }
  };

  /** Back to the initial values, with no errors shown (e.g. after a successful submission). */
  const reset = () => {
    setValues(initial);
    setErrors({});
    setTouched({});
  };

  const inputProps = (field: F) => ({
    value: values[field],
    onChange: (e: ChangeEvent<HTMLInputElement>) => set(field, e.currentTarget.value),
    onBlur: () => blur(field),
    error: errors[field],
    // Mantine's PasswordInput does not set it on its inner input: focusFirstInvalid() looks for it.
    'aria-invalid': Boolean(errors[field]),
  });

  return { values, errors, set, check, showProblem, reset, inputProps, formRef };
}

/** The server's field errors that name none of the form's inputs (for the general alert). */
export function otherFieldErrors(error: unknown, fields: readonly string[]): FieldError[] {
  return isProblem(error) ? error.errors.filter((e) => !fields.includes(e.field)) : [];
}

/** Whether a failed submission needs a general alert (no input shows what went wrong). */
export function needsGeneralAlert(error: unknown, fields: readonly string[]): boolean {
  if (!error) return false;
  if (!isProblem(error) || error.errors.length === 0) return true;
  return otherFieldErrors(error, fields).length > 0;
}

export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function validateEmail(email: string): string | undefined {
  if (!email.trim()) return 'Enter your e-mail address.';
  if (!EMAIL_PATTERN.test(email.trim())) return 'Enter an e-mail address like name@example.com.';
  return undefined;
}
