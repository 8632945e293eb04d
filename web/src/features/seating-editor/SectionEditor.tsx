import { memo } from 'react';
import {
  Button,
  CloseButton,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import {
  sectionCapacity,
  type RowSpec,
  type SeatedSection,
  type Section,
  type StandingSection,
} from '@booking/seating';
import { NumField } from './NumField';
import { locateField, type PlanProblem } from './planEdits';
import type { TierInfo } from '../plan-canvas';
import { ScrollRegion } from '../../components/ScrollRegion';

type Props = {
  section: Section;
  index: number;
  /** Sections the server already has keep their id (seat ids derive from it). */
  idLocked: boolean;
  tiers: readonly TierInfo[];
  problem: PlanProblem | null;
  onChange: (section: Section, label: string, coalesce: string) => void;
  onRemove: () => void;
};

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** One section's settings and, for a seated one, its rows table. */
export const SectionEditor = memo(function SectionEditor({
  section,
  index,
  idLocked,
  tiers,
  problem,
  onChange,
  onRemove,
}: Props) {
  const where = problem ? locateField(problem.field) : null;
  const mine = where?.section === index ? where : null;
  const errorFor = (prop: string) =>
    mine && mine.row === undefined && mine.exception === undefined && mine.prop === prop ? problem?.message : undefined;
  // Keys of either kind of section (capacity for standing, shape for seated); the caller picks the right ones.
  type AnyKey = keyof SeatedSection | keyof StandingSection;
  const set = (key: AnyKey, value: unknown, label: string) =>
    onChange({ ...section, [key]: value } as Section, label, `${index}.${String(key)}`);
  const place = (key: 'x' | 'y' | 'rotation', value: number) =>
    onChange(
      { ...section, placement: { ...section.placement, [key]: value } },
      `move ${section.name}`,
      `${index}.placement.${key}`,
    );
  const tierOptions = tiers.map((t) => ({ value: t.id, label: t.name }));

  return (
    <Stack gap="sm" component="section" aria-labelledby={`section-${index}-heading`}>
      <Group justify="space-between">
        <Title order={3} size="h5" id={`section-${index}-heading`}>
          {section.name || 'Unnamed section'} · {section.kind === 'standing' ? 'standing' : 'seated'} ·{' '}
          {sectionCapacity(section)} places
        </Title>
        <Button size="xs" variant="light" color="red" onClick={onRemove}>
          Remove section
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} spacing="sm">
        <TextInput
          label="Name"
          value={section.name}
          maxLength={60}
          onChange={(e) => set('name', e.currentTarget.value, 'rename section')}
          error={errorFor('name')}
        />
        <TextInput
          label="Section id"
          description={idLocked ? 'Saved seats keep their ids' : 'Lower-case letters, digits, dashes'}
          value={section.id}
          readOnly={idLocked}
          maxLength={40}
          onChange={(e) => set('id', e.currentTarget.value, 'change section id')}
          error={errorFor('id')}
        />
        <NativeSelect
          label="Price tier"
          data={tierOptions}
          value={section.priceTierId}
          onChange={(e) => set('priceTierId', e.currentTarget.value, 'change section tier')}
          error={errorFor('priceTierId')}
        />
        <NumField
          label="Position x"
          value={section.placement.x}
          onChange={(v) => place('x', v)}
          error={errorFor('placement.x') ?? errorFor('placement')}
        />
        <NumField
          label="Position y"
          value={section.placement.y}
          onChange={(v) => place('y', v)}
          error={errorFor('placement.y')}
        />
        <NumField
          label="Rotation (degrees)"
          value={section.placement.rotation ?? 0}
          emptyValue={0}
          onChange={(v) => place('rotation', v)}
          error={errorFor('placement.rotation')}
        />
        {section.kind === 'standing' ? (
          <>
            <NumField
              label="Capacity"
              value={section.capacity}
              onChange={(v) => set('capacity', v, 'change capacity')}
              error={errorFor('capacity')}
            />
            <NumField
              label="Width"
              value={section.width}
              onChange={(v) => set('width', v, 'resize area')}
              error={errorFor('width')}
            />
            <NumField
              label="Depth"
              value={section.depth}
              onChange={(v) => set('depth', v, 'resize area')}
              error={errorFor('depth')}
            />
          </>
        ) : (
          <>
            <NativeSelect
              label="Shape"
              data={[
                { value: 'straight', label: 'Straight rows' },
                { value: 'curved', label: 'Curved rows' },
              ]}
              value={section.shape.type}
              onChange={(e) =>
                set(
                  'shape',
                  e.currentTarget.value === 'curved' ? { type: 'curved', radius: 12 } : { type: 'straight' },
                  'change shape',
                )
              }
              error={errorFor('shape')}
            />
            {section.shape.type === 'curved' && (
              <NumField
                label="Radius"
                value={section.shape.radius}
                onChange={(v) => set('shape', { type: 'curved', radius: v }, 'change radius')}
                error={errorFor('shape.radius')}
              />
            )}
          </>
        )}
      </SimpleGrid>
      {section.kind === 'seated' && (
        <RowsTable section={section} index={index} tiers={tiers} problem={mine ? problem : null} onChange={onChange} />
      )}
    </Stack>
  );
});

function RowsTable({
  section,
  index,
  tiers,
  problem,
  onChange,
}: {
  section: SeatedSection;
  index: number;
  tiers: readonly TierInfo[];
  problem: PlanProblem | null;
  onChange: Props['onChange'];
}) {
  const where = problem ? locateField(problem.field) : null;
  const setRow = (r: number, change: Partial<Mutable<RowSpec>>, what: string) => {
    const rows = section.rows.map((row, i) => {
      if (i !== r) return row;
      const next: Mutable<RowSpec> = { ...row, ...change };
      for (const key of Object.keys(change) as (keyof RowSpec)[]) if (next[key] === undefined) delete next[key];
      return next;
    });
    onChange({ ...section, rows }, `change row ${section.rows[r].label}`, `${index}.rows.${r}.${what}`);
  };
  const rowError = (r: number, prop: string) =>
    where?.row === r && where.prop === prop ? problem?.message : undefined;
  const otherRowError =
    where?.row !== undefined &&
    !['label', 'seats', 'firstNumber', 'step', 'offset', 'priceTierId'].includes(where.prop);
  const addRow = () => {
    const last = section.rows.at(-1);
    const label = nextLabel(last?.label ?? '', section.rows.length);
    onChange(
      { ...section, rows: [...section.rows, { label, seats: last?.seats ?? 10 }] },
      'add row',
      `${index}.add-row.${section.rows.length}`,
    );
  };
  const removeRow = (r: number) =>
    onChange(
      { ...section, rows: section.rows.filter((_, i) => i !== r) },
      `remove row ${section.rows[r].label}`,
      `${index}.remove-row.${r}`,
    );

  return (
    <Stack gap="xs">
      <ScrollRegion label={`Rows of ${section.name}`} minWidth={640}>
        <Table fz="sm" verticalSpacing={4} aria-label={`Rows of ${section.name}`}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Row label</Table.Th>
              <Table.Th scope="col">Seats</Table.Th>
              <Table.Th scope="col">First number</Table.Th>
              <Table.Th scope="col">Numbering</Table.Th>
              <Table.Th scope="col">Offset</Table.Th>
              <Table.Th scope="col">Row tier</Table.Th>
              <Table.Th scope="col">
                <VisuallyHidden>Remove</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {section.rows.map((row, r) => (
              <Table.Tr key={r}>
                <Table.Td>
                  <TextInput
                    size="xs"
                    aria-label={`Row ${r + 1} label`}
                    value={row.label}
                    maxLength={20}
                    onChange={(e) => setRow(r, { label: e.currentTarget.value }, 'label')}
                    error={rowError(r, 'label')}
                    w={80}
                  />
                </Table.Td>
                <Table.Td>
                  <NumField
                    size="xs"
                    aria-label={`Row ${row.label} seats`}
                    value={row.seats}
                    onChange={(v) => setRow(r, { seats: v }, 'seats')}
                    error={rowError(r, 'seats')}
                    w={80}
                  />
                </Table.Td>
                <Table.Td>
                  <NumField
                    size="xs"
                    aria-label={`Row ${row.label} first number`}
                    value={row.firstNumber ?? 1}
                    emptyValue={1}
                    onChange={(v) => setRow(r, { firstNumber: v === 1 ? undefined : v }, 'firstNumber')}
                    error={rowError(r, 'firstNumber')}
                    w={80}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={`Row ${row.label} numbering`}
                    data={[
                      { value: '1', label: '1, 2, 3' },
                      { value: '2', label: 'odd / even (step 2)' },
                    ]}
                    value={String(row.step ?? 1)}
                    onChange={(e) => setRow(r, { step: e.currentTarget.value === '2' ? 2 : undefined }, 'step')}
                    error={rowError(r, 'step')}
                  />
                </Table.Td>
                <Table.Td>
                  <NumField
                    size="xs"
                    aria-label={`Row ${row.label} offset`}
                    value={row.offset ?? 0}
                    emptyValue={0}
                    onChange={(v) => setRow(r, { offset: v === 0 ? undefined : v }, 'offset')}
                    error={rowError(r, 'offset')}
                    w={70}
                  />
                </Table.Td>
                <Table.Td>
                  <NativeSelect
                    size="xs"
                    aria-label={`Row ${row.label} price tier`}
                    data={[
                      { value: '', label: 'Section’s tier' },
                      ...tiers.map((t) => ({ value: t.id, label: t.name })),
                    ]}
                    value={row.priceTierId ?? ''}
                    onChange={(e) => setRow(r, { priceTierId: e.currentTarget.value || undefined }, 'priceTierId')}
                    error={rowError(r, 'priceTierId')}
                  />
                </Table.Td>
                <Table.Td>
                  <CloseButton
                    size="sm"
                    aria-label={`Remove row ${row.label}`}
                    onClick={() => removeRow(r)}
                    disabled={section.rows.length <= 1}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {(otherRowError ||
        (where?.section === index && where.row === undefined && ['rows', 'exceptions'].includes(where.prop)) ||
        where?.exception !== undefined) && (
        <Text size="sm" c="var(--mantine-color-error)" role="alert">
          {problem?.message}
        </Text>
      )}
      <Group>
        <Button size="xs" variant="default" onClick={addRow} disabled={section.rows.length >= 200}>
          Add row
        </Button>
      </Group>
    </Stack>
  );
}

/** The label after "B" is "C", after "9" is "10", after "AZ" is "BA". */
export function nextLabel(label: string, count: number): string {
  if (/^\d+$/.test(label)) return String(Number(label) + 1);
  if (/^[A-Z]+$/.test(label)) {
    const chars = [...label];
    let i = chars.length - 1;
    while (i >= 0 && chars[i] === 'Z') chars[i--] = 'A';
    if (i < 0) chars.unshift('A');
    else chars[i] = String.fromCharCode(chars[i].charCodeAt(0) + 1);
    return chars.join('');
  }
  return `R${count + 1}`;
}
