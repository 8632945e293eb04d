import { useMemo, useRef, useState } from 'react';
import { isProblem, type FieldError } from '../../lib/api';
import type { EventFormValues } from './eventForm';
import { mapServerErrors, validateEventForm, type FormErrors } from './eventValidation';

/** The error keys (API field paths) each form value feeds. */
const KEYS: Record<keyof EventFormValues, (key: string) => boolean> = {
  title: (k) => k === 'title',
  description: (k) => k === 'description',
  category: (k) => k === 'category',
  tags: (k) => k === 'tags',
  startsAt: (k) => k === 'startsAt' || k === 'salesWindow.closesAt',
  endsAt: (k) => k === 'endsAt',
  timeZone: (k) => k === 'timeZone',
  venueName: (k) => k === 'venue.name',
  venueCity: (k) => k === 'venue.city',
  venueCountry: (k) => k === 'venue.country',
  venueAddress: (k) => k === 'venue.address',
  capacity: (k) => k === 'capacity',
  tiers: (k) => k.startsWith('priceTiers'),
  currency: (k) => k === 'currency',
  salesOpensAt: (k) => k.startsWith('salesWindow'),
  salesClosesAt: (k) => k.startsWith('salesWindow'),
  maxTicketsPerOrder: (k) => k === 'maxTicketsPerOrder',
  maxTicketsPerBuyer: (k) => k === 'maxTicketsPerBuyer',
  allowLoneSeats: (k) => k === 'allowLoneSeats',
  waitlist: (k) => k === 'waitlist',
  waitlistOfferMinutes: (k) => k === 'waitlistOfferMinutes',
  groupPrices: (k) => k.startsWith('groupPrices'),
  refundPolicy: (k) => k === 'refundPolicy',
};

export type EventFormState = ReturnType<typeof useEventForm>;

/** Values, client checks (shown once a field was left, or after submitting) and the server's field errors. */
export function useEventForm(initial: EventFormValues) {
  const [values, setValues] = useState(initial);
  const [serverErrors, setServerErrors] = useState<FormErrors>({});
  const [otherErrors, setOtherErrors] = useState<FieldError[]>([]);
  const [touched, setTouched] = useState<ReadonlySet<string>>(new Set());
  const [showAll, setShowAll] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const clientErrors = useMemo(() => validateEventForm(values), [values]);

  const errorFor = (key: string): string | undefined =>
    serverErrors[key] ?? (showAll || touched.has(key) ? clientErrors[key] : undefined);

  const set = <K extends keyof EventFormValues>(field: K, value: EventFormValues[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    const feeds = KEYS[field];
    setServerErrors((errors) =>
      Object.keys(errors).some(feeds)
        ? Object.fromEntries(Object.entries(errors).filter(([key]) => !feeds(key)))
        : errors,
    );
  };

  const touch = (key: string) => setTouched((t) => (t.has(key) ? t : new Set(t).add(key)));

  const focusFirstInvalid = () =>
    requestAnimationFrame(() => formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  /** Shows every problem; false (and focus on the first) if the form is not valid. */
  const check = (): boolean => {
    setShowAll(true);
    const ok = Object.keys(clientErrors).length === 0;
    if (!ok) focusFirstInvalid();
    return ok;
  };

  /** Puts a failed request's field errors next to their inputs; the rest go to the general alert. */
  const showProblem = (error: unknown) => {
    const { byField, other } = mapServerErrors(isProblem(error) ? error.errors : [], values.tiers.length);
    setServerErrors(byField);
    setOtherErrors(other);
    if (Object.keys(byField).length > 0) focusFirstInvalid();
  };

  const clearProblem = () => {
    setServerErrors({});
    setOtherErrors([]);
  };

  return {
    values,
    setValues,
    set,
    touch,
    errorFor,
    clientErrors,
    serverErrors,
    otherErrors,
    check,
    showProblem,
    clearProblem,
    formRef,
  };
}
