import { Group, Loader, Text } from '@mantine/core';
import { CheckIcon } from '../../lib/icons';
import type { AutosaveState } from './useAutosave';

const MESSAGES: Record<AutosaveState, string> = {
  idle: 'Changes to this draft save automatically.',
  pending: 'Unsaved changes…',
  saving: 'Saving…',
  saved: 'Saved',
  invalid: 'Some changes are not saved yet: fix the fields with an error message.',
  error: 'Could not save your latest changes.',
};

/** The autosave state in words, announced politely (the live region stays mounted). */
export function SaveStatus({ state }: { state: AutosaveState }) {
  const problem = state === 'invalid' || state === 'error';
  return (
    <Group gap={6} wrap="nowrap" aria-live="polite" aria-atomic="true" mih={24}>
      {state === 'saving' && <Loader size={14} aria-hidden="true" />}
      {state === 'saved' && <CheckIcon size={16} />}
      <Text size="sm" c={problem ? 'var(--mantine-color-error)' : 'dimmed'} fw={problem ? 600 : undefined}>
        {MESSAGES[state]}
      </Text>
    </Group>
  );
}
