import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput } from '@mantine/core';
import type { SeatingPlan } from '@booking/seating';
import { changeSeats, rowSeatIds, type SeatChange } from './planEdits';
import type { TierInfo } from '../plan-canvas';
import type { PlanEditor } from './usePlanEditor';

/** Marks the selected seats: removed / restored, accessible, restricted view, or another price tier. */
export function ExceptionsToolbar({ editor, tiers }: { editor: PlanEditor; tiers: readonly TierInfo[] }) {
  const [tier, setTier] = useState(tiers[0]?.id ?? '');
  const count = editor.selection.size;
  const apply = (change: SeatChange, label: string) =>
    editor.change(
      changeSeats(editor.plan, editor.selection, change),
      `${label} (${count} ${count === 1 ? 'seat' : 'seats'})`,
    );
  const disabled = count === 0;
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="exceptions-heading">
      <Stack gap="xs">
        <Group justify="space-between">
          <Text id="exceptions-heading" fw={600} size="sm">
            Seat exceptions
          </Text>
          <Text size="sm" role="status" data-testid="selection-count">
            {count === 0 ? 'No seats selected' : `${count} ${count === 1 ? 'seat' : 'seats'} selected`}
          </Text>
        </Group>
        <Group gap="xs">
          <Button size="xs" variant="default" disabled={disabled} onClick={() => apply({ removed: true }, 'remove')}>
            Remove seats
          </Button>
          <Button size="xs" variant="default" disabled={disabled} onClick={() => apply({ removed: false }, 'restore')}>
            Restore seats
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={disabled}
            onClick={() => apply({ accessible: true }, 'mark accessible')}
          >
            Mark accessible
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={disabled}
            onClick={() => apply({ accessible: false }, 'unmark accessible')}
          >
            Not accessible
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={disabled}
            onClick={() => apply({ restrictedView: true }, 'mark restricted view')}
          >
            Mark restricted view
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={disabled}
            onClick={() => apply({ restrictedView: false }, 'clear restricted view')}
          >
            Clear restricted view
          </Button>
        </Group>
        <Group gap="xs" align="flex-end">
          <NativeSelect
            size="xs"
            label="Tier for selected seats"
            data={tiers.map((t) => ({ value: t.id, label: t.name }))}
            value={tier}
            onChange={(e) => setTier(e.currentTarget.value)}
          />
          <Button
            size="xs"
            variant="default"
            disabled={disabled || !tier}
            onClick={() => apply({ priceTierId: tier }, 'set tier')}
          >
            Set tier
          </Button>
          <Button
            size="xs"
            variant="default"
            disabled={disabled}
            onClick={() => apply({ priceTierId: null }, 'clear tier override')}
          >
            Clear tier override
          </Button>
          <Button size="xs" variant="subtle" disabled={disabled} onClick={() => editor.select([])}>
            Clear selection
          </Button>
        </Group>
        <SelectByRow plan={editor.plan} onSelect={(ids) => editor.select(ids, 'add')} />
      </Stack>
    </Paper>
  );
}

/** The keyboard way to select seats: a section, a row and a range of numbers. */
function SelectByRow({ plan, onSelect }: { plan: SeatingPlan; onSelect: (ids: string[]) => void }) {
  const seated = plan.sections.filter((s) => s.kind === 'seated');
  const [sectionId, setSectionId] = useState('');
  const [row, setRow] = useState('');
  const [range, setRange] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const section = seated.find((s) => s.id === sectionId) ?? seated[0];
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!section || section.kind !== 'seated') return;
    const spec = section.rows.find((r) => r.label === row.trim().toUpperCase() || r.label === row.trim());
    const match = /^\s*(\d+)\s*(?:[-–]\s*(\d+))?\s*$/.exec(range);
    if (!spec) return setMessage(`${section.name} has no row “${row}”.`);
    if (!match) return setMessage('Seats: a number or a range like 3-8.');
    const ids = rowSeatIds(section, spec, Number(match[1]), Number(match[2] ?? match[1]));
    setMessage(ids.length ? null : 'No seats with those numbers in that row.');
    if (ids.length) onSelect(ids);
  };
  if (seated.length === 0) return null;
  return (
    <form onSubmit={submit} noValidate aria-label="Select seats by row">
      <Group gap="xs" align="flex-end">
        <NativeSelect
          size="xs"
          label="Section"
          data={seated.map((s) => ({ value: s.id, label: s.name }))}
          value={section?.id ?? ''}
          onChange={(e) => setSectionId(e.currentTarget.value)}
        />
        <TextInput size="xs" label="Row" value={row} onChange={(e) => setRow(e.currentTarget.value)} w={70} />
        <TextInput
          size="xs"
          label="Seats"
          placeholder="3-8"
          value={range}
          onChange={(e) => setRange(e.currentTarget.value)}
          w={90}
        />
        <Button size="xs" variant="default" type="submit">
          Select
        </Button>
        {message && (
          <Text size="xs" c="var(--mantine-color-error)" role="alert">
            {message}
          </Text>
        )}
      </Group>
    </form>
  );
}
