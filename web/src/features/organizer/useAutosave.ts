import { useEffect, useRef, useState } from 'react';
import { changedFields, toEventInput, type EventFormValues } from './eventForm';
import { topLevelField, validateEventForm } from './eventValidation';
import type { EventChanges, EventInput } from './organizer.api';

export type AutosaveState = 'idle' | 'pending' | 'saving' | 'saved' | 'invalid' | 'error';

type Options = {
  enabled: boolean;
  values: EventFormValues;
  /** What the server holds (as a request body). */
  baseline: EventInput;
  save: (changes: EventChanges) => Promise<unknown>;
  delayMs?: number;
};

/** The changed fields that pass validation (invalid ones wait until they are fixed). */
export function savableChanges(values: EventFormValues, baseline: EventInput) {
  const invalid = new Set(Object.keys(validateEventForm(values)).map(topLevelField));
  if (invalid.has('currency')) invalid.add('priceTiers');
  const all = changedFields(baseline, toEventInput(values));
  const changes = Object.fromEntries(Object.entries(all).filter(([key]) => !invalid.has(key))) as EventChanges;
  return { changes, held: Object.keys(all).length - Object.keys(changes).length };
}

/** Saves a draft ~1.5 s after the last change, sending only what changed. */
export function useAutosave({ enabled, values, baseline, save, delayMs = 1500 }: Options): AutosaveState {
  const [state, setState] = useState<AutosaveState>('idle');
  const saving = useRef(false);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  });

  useEffect(() => {
    if (!enabled) return;
    const { changes, held } = savableChanges(values, baseline);
    if (Object.keys(changes).length === 0) {
      // Nothing savable: either held back by errors, or the user undid their change.
      setState((s) => (held > 0 ? 'invalid' : s === 'pending' || s === 'invalid' ? 'idle' : s));
      return;
    }
    setState((s) => (s === 'saving' ? s : 'pending'));
    const timer = setTimeout(() => {
      // A save in flight: its completion updates the baseline, which schedules the rest.
      if (saving.current) return;
      saving.current = true;
      setState('saving');
      saveRef
        .current(changes)
        .then(() => setState(held > 0 ? 'invalid' : 'saved'))
        .catch(() => setState('error'))
        .finally(() => {
          saving.current = false;
        });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [enabled, values, baseline, delayMs]);

  return state;
}
