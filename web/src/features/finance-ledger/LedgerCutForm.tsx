import { useState, type FormEvent } from 'react';
import { Button, Group, TextInput } from '@mantine/core';
import { type LedgerCut, parseCut, toLocalInput } from './ledger-filter';

/**
 * "As of": a time and/or a log position the whole page is cut at; "Now" takes both away. The page
 * remounts it (key) when the cut in the URL changes, so the fields show what is applied.
 */
export function LedgerCutForm({ cut, onApply }: { cut: LedgerCut; onApply: (cut: LedgerCut) => void }) {
  const [asOf, setAsOf] = useState(() => toLocalInput(cut.asOf));
  const [position, setPosition] = useState(cut.position ?? '');
  const [error, setError] = useState<'asOf' | 'position' | undefined>();
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseCut(asOf, position);
    if ('error' in parsed) {
      setError(parsed.error);
      return;
    }
    setError(undefined);
    onApply(parsed.cut);
  };
  const now = () => {
    setAsOf('');
    setPosition('');
    setError(undefined);
    onApply({});
  };
  return (
    <form onSubmit={apply} noValidate aria-label="As of">
      <Group align="flex-end" wrap="wrap" gap="md">
        <TextInput
          type="datetime-local"
          step={1}
          label="Date and time"
          description="Entries that occurred at or before it"
          value={asOf}
          onChange={(e) => setAsOf(e.currentTarget.value)}
          error={error === 'asOf' ? 'A date and time' : undefined}
          w={{ base: '100%', sm: 260 }}
        />
        {/* A text field with a numeric keyboard: positions are kept as strings (lib/position.ts), never rounded. */}
        <TextInput
          label="Log position"
          description="Entries at or before it"
          inputMode="numeric"
          autoComplete="off"
          value={position}
          onChange={(e) => setPosition(e.currentTarget.value)}
          error={error === 'position' ? 'A whole number, 0 or more' : undefined}
          w={{ base: '100%', sm: 200 }}
        />
        <Group gap="xs">
          <Button type="submit" variant="default">
            Apply
          </Button>
          <Button type="button" variant="subtle" onClick={now}>
            Now
          </Button>
        </Group>
      </Group>
    </form>
  );
}
