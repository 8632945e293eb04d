import { useState, type FormEvent } from 'react';
import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  useMatches,
} from '@mantine/core';
import { curvedRows, gridRows, type RowLabels, type SeatingPlan, type Section } from '@booking/seating';
import { freeSectionId, nextPlacement, standingPlacement } from './planEdits';
import type { TierInfo } from '../plan-canvas';

type Generator = 'grid' | 'curved' | 'standing';

/** "A" → 0, "K" → 10, "AA" → 26; "1" → 0 for numbered rows. */
export function labelIndex(label: string, labels: RowLabels): number | null {
  const text = label.trim().toUpperCase();
  if (labels === 'numbers') return /^\d{1,4}$/.test(text) && Number(text) >= 1 ? Number(text) - 1 : null;
  if (!/^[A-Z]{1,3}$/.test(text)) return null;
  return [...text].reduce((n, c) => n * 26 + (c.charCodeAt(0) - 64), 0) - 1;
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number.NaN);

/** "Add section": a grid of rows, a curved block, or a standing area, from a few numbers. */
export function AddSectionForm({
  plan,
  tiers,
  onAdd,
}: {
  plan: SeatingPlan;
  tiers: readonly TierInfo[];
  onAdd: (s: Section) => void;
}) {
  const [kind, setKind] = useState<Generator>('grid');
  const stacked = useMatches<'vertical' | 'horizontal'>({
    base: 'vertical',
    sm: 'horizontal',
    md: 'vertical', // a third of the page from md on
    lg: 'horizontal',
  });
  const [name, setName] = useState('');
  const [tier, setTier] = useState(tiers[0]?.id ?? '');
  const [rows, setRows] = useState<number | string>(10);
  const [seats, setSeats] = useState<number | string>(20);
  const [added, setAdded] = useState<number | string>(2);
  const [radius, setRadius] = useState<number | string>(12);
  const [labels, setLabels] = useState<RowLabels>('letters');
  const [firstLabel, setFirstLabel] = useState('A');
  const [firstNumber, setFirstNumber] = useState<number | string>(1);
  const [capacity, setCapacity] = useState<number | string>(500);
  const [width, setWidth] = useState<number | string>(20);
  const [depth, setDepth] = useState<number | string>(10);
  const [errors, setErrors] = useState<Record<string, string>>({});

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const problems: Record<string, string> = {};
    const whole = (key: string, value: number | string, min: number, max: number) => {
      const n = num(value);
      if (!Number.isInteger(n) || n < min || n > max) problems[key] = `A whole number from ${min} to ${max}`;
      return n;
    };
    const sectionName = name.trim() || (kind === 'standing' ? 'Standing area' : 'Section');
    const id = freeSectionId(plan, sectionName);
    let section: Section | undefined;
    if (kind === 'standing') {
      const c = whole('capacity', capacity, 1, 100_000);
      const w = whole('width', width, 1, 1000);
      const d = whole('depth', depth, 1, 1000);
      section = {
        id,
        name: sectionName,
        kind: 'standing',
        priceTierId: tier,
        placement: standingPlacement(plan, d),
        capacity: c,
        width: w,
        depth: d,
      };
    } else {
      const r = whole('rows', rows, 1, 200);
      const s = whole('seats', seats, 1, 500);
      const start = labelIndex(firstLabel, labels);
      if (start === null) problems.firstLabel = labels === 'letters' ? 'Letters, e.g. A or K' : 'A number from 1';
      const common = {
        id,
        name: sectionName,
        kind: 'seated' as const,
        priceTierId: tier,
        placement: nextPlacement(plan),
      };
      if (kind === 'grid') {
        const f = whole('firstNumber', firstNumber, 0, 10_000);
        section = {
          ...common,
          shape: { type: 'straight' },
          rows: gridRows({ rows: r, seatsPerRow: s, labels, firstLabel: start ?? 0, firstNumber: f }),
        };
      } else {
        const a = whole('added', added, 0, 50);
        const rad = num(radius);
        if (!(rad >= 2 && rad <= 1000)) problems.radius = 'A number from 2 to 1000';
        if (s + (r - 1) * a > 500) problems.added = 'The last row would have more than 500 seats';
        section = {
          ...common,
          shape: { type: 'curved', radius: rad },
          rows: curvedRows({ rows: r, seatsInFirstRow: s, seatsAddedPerRow: a, labels, firstLabel: start ?? 0 }),
        };
      }
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0 || !section) return;
    onAdd(section);
    setName('');
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add section">
      <Stack gap="sm">
        <SegmentedControl
          aria-label="Kind of section"
          value={kind}
          onChange={(v) => setKind(v as Generator)}
          // Three labels side by side need ~330 px: stacked when the column is narrower (WCAG 1.4.10 reflow).
          orientation={stacked}
          data={[
            { value: 'grid', label: 'Grid of rows' },
            { value: 'curved', label: 'Curved rows' },
            { value: 'standing', label: 'Standing area' },
          ]}
          fullWidth
        />
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <TextInput
            label="Section name"
            placeholder={kind === 'standing' ? 'e.g. Floor' : 'e.g. Stalls'}
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            maxLength={60}
          />
          <NativeSelect
            label="Section price tier"
            data={tiers.map((t) => ({ value: t.id, label: t.name }))}
            value={tier}
            onChange={(e) => setTier(e.currentTarget.value)}
          />
          {kind === 'standing' ? (
            <>
              <NumberInput
                label="Capacity"
                value={capacity}
                onChange={setCapacity}
                min={1}
                max={100_000}
                allowDecimal={false}
                error={errors.capacity}
              />
              <NumberInput
                label="Width (seat pitches)"
                value={width}
                onChange={setWidth}
                min={1}
                max={1000}
                allowDecimal={false}
                error={errors.width}
              />
              <NumberInput
                label="Depth (seat pitches)"
                value={depth}
                onChange={setDepth}
                min={1}
                max={1000}
                allowDecimal={false}
                error={errors.depth}
              />
            </>
          ) : (
            <>
              <NumberInput
                label="Rows"
                value={rows}
                onChange={setRows}
                min={1}
                max={200}
                allowDecimal={false}
                error={errors.rows}
              />
              <NumberInput
                label={kind === 'grid' ? 'Seats per row' : 'Seats in the first row'}
                value={seats}
                onChange={setSeats}
                min={1}
                max={500}
                allowDecimal={false}
                error={errors.seats}
              />
              {kind === 'curved' && (
                <>
                  <NumberInput
                    label="Seats added per row"
                    value={added}
                    onChange={setAdded}
                    min={0}
                    max={50}
                    allowDecimal={false}
                    error={errors.added}
                  />
                  <NumberInput
                    label="Radius (seat pitches)"
                    description="Distance from the first row to the centre of the curve"
                    value={radius}
                    onChange={setRadius}
                    min={2}
                    max={1000}
                    error={errors.radius}
                  />
                </>
              )}
              <NativeSelect
                label="Row labels"
                data={[
                  { value: 'letters', label: 'Letters (A, B, … AA)' },
                  { value: 'numbers', label: 'Numbers (1, 2, …)' },
                ]}
                value={labels}
                onChange={(e) => {
                  const next = e.currentTarget.value as RowLabels;
                  setLabels(next);
                  setFirstLabel(next === 'letters' ? 'A' : '1');
                }}
              />
              <TextInput
                label="First row label"
                value={firstLabel}
                onChange={(e) => setFirstLabel(e.currentTarget.value)}
                error={errors.firstLabel}
                maxLength={4}
              />
              {kind === 'grid' && (
                <NumberInput
                  label="First seat number"
                  value={firstNumber}
                  onChange={setFirstNumber}
                  min={0}
                  max={10_000}
                  allowDecimal={false}
                  error={errors.firstNumber}
                />
              )}
            </>
          )}
        </SimpleGrid>
        <Group justify="space-between">
          <Text size="sm" c="dimmed">
            Placed below the existing sections; move it in the section’s settings.
          </Text>
          <Button type="submit" disabled={tiers.length === 0}>
            Add section
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
