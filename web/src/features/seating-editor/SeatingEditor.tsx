import { useMemo, useState } from 'react';
import {
  Alert,
  Badge,
  Button,
  Grid,
  Group,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  Title,
  UnstyledButton,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { planCapacity, type SeatingPlan, type Section } from '@booking/seating';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { catalogKeys, type EventDetail } from '../catalog';
import { AddSectionForm } from './AddSectionForm';
import { ExceptionsToolbar } from './ExceptionsToolbar';
import {
  PlanCanvas,
  PlanLegend,
  PlanSummary,
  REMOVED,
  buildPlanModel,
  describeSeat,
  seatingKeys,
  tierInfos,
  usePlanStyle,
  useTierColors,
  type CanvasMode,
} from '../plan-canvas';
import { checkPlan, drawablePlan, locateField, removeSection, replaceSection, type PlanProblem } from './planEdits';
import { removeSeatingPlan, saveSeatingPlan } from './seating-editor.api';
import { SectionEditor } from './SectionEditor';
import { StageFields } from './StageFields';
import { usePlanEditor } from './usePlanEditor';

export const EMPTY_PLAN: SeatingPlan = { stage: { label: 'Stage', x: 0, y: -4, width: 20, depth: 3 }, sections: [] };

type Props = { event: EventDetail; initial: SeatingPlan | null; etag?: string };

function SoldSeatsChanged({ error }: { error: unknown }) {
  if (!isProblem(error) || error.code !== 'catalog.sold-seats-changed') return null;
  const list = (key: string) =>
    Array.isArray(error.extensions[key]) ? (error.extensions[key] as unknown[]).map(String) : [];
  const removed = list('removed');
  const repriced = list('repriced');
  return (
    <Alert color="red" variant="light" title="Sold or held seats would change" role="alert">
      <Stack gap={4}>
        <Text size="sm">{error.detail}</Text>
        {removed.length > 0 && (
          <Text size="sm">
            <strong>Removed:</strong> {removed.join(', ')}
          </Text>
        )}
        {repriced.length > 0 && (
          <Text size="sm">
            <strong>Repriced:</strong> {repriced.join(', ')}
          </Text>
        )}
        <Text size="sm">Restore those seats (or their tier), then save again.</Text>
      </Stack>
    </Alert>
  );
}

/** The seating plan editor: sections and generators, the rows table, seat exceptions on the canvas, save. */
export function SeatingEditor({ event, initial, etag: initialEtag }: Props) {
  const queryClient = useQueryClient();
  const editor = usePlanEditor(initial ?? EMPTY_PLAN);
  const [saved, setSaved] = useState<SeatingPlan | null>(initial);
  // What "no unsaved changes" compares with: the plan as loaded, saved or removed (the empty
  // starting plan of an event without one is no change either).
  const [baseline, setBaseline] = useState<SeatingPlan>(editor.plan);
  const [etag, setEtag] = useState(initialEtag);
  const [mode, setMode] = useState<CanvasMode>('select');
  const [attempted, setAttempted] = useState(false);
  const [confirmRemove, setConfirmRemove] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);

  const tiers = useMemo(() => tierInfos(event.priceTiers ?? []), [event.priceTiers]);
  const tierIds = useMemo(() => new Set(tiers.map((t) => t.id)), [tiers]);
  const tierNames = useMemo(() => new Map(tiers.map((t) => [t.id, t.name])), [tiers]);
  const plan = editor.plan;
  const drawable = useMemo(() => drawablePlan(plan), [plan]);
  const model = useMemo(() => buildPlanModel(drawable, true), [drawable]);
  const colorOrder = useMemo(() => [...tierIds, ...model.tierIds.filter((id) => !tierIds.has(id))], [tierIds, model]);
  const colors = useTierColors(colorOrder);
  const style = usePlanStyle(model, colors);
  const capacity = useMemo(() => planCapacity(drawable), [drawable]);
  const clientProblem = useMemo(() => checkPlan(plan, tierIds), [plan, tierIds]);

  const selected = useMemo(() => {
    const marks = new Uint8Array(model.x.length);
    for (const id of editor.selection) {
      const i = model.indexOf(id);
      if (i !== undefined) marks[i] = 1;
    }
    return marks;
  }, [model, editor.selection]);

  const save = useMutation({
    mutationFn: (p: SeatingPlan) => saveSeatingPlan(event.id, p, etag),
    onSuccess: (result, p) => {
      setSaved(p);
      setBaseline(p);
      setEtag(result.etag);
      setNotice(`Saved: version ${result.planVersion}, ${result.capacity} places.`);
      void queryClient.invalidateQueries({ queryKey: seatingKeys.plan(event.id) });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.detail(event.id), refetchType: 'none' });
    },
  });
  const remove = useMutation({
    mutationFn: () => removeSeatingPlan(event.id, etag),
    onSuccess: () => {
      setSaved(null);
      setEtag(undefined);
      setConfirmRemove(false);
      editor.reset(EMPTY_PLAN);
      setBaseline(EMPTY_PLAN);
      setNotice('Seating plan removed: the event sells a plain capacity again.');
      void queryClient.invalidateQueries({ queryKey: seatingKeys.plan(event.id) });
    },
  });

  const serverProblem: PlanProblem | null =
    isProblem(save.error) &&
    save.error.code === 'catalog.invalid-seating-plan' &&
    save.error.errors[0] &&
    save.variables === plan
      ? save.error.errors[0]
      : null;
  const problem = clientProblem ?? serverProblem;
  const where = problem ? locateField(problem.field) : null;
  const dirty = plan !== baseline;
  const savedIds = useMemo(() => new Set(saved?.sections.map((s) => s.id) ?? []), [saved]);
  const active = editor.active >= 0 && editor.active < plan.sections.length ? editor.active : -1;

  const onSave = () => {
    setAttempted(true);
    setNotice(null);
    if (clientProblem) {
      if (where?.section !== undefined) editor.activate(where.section);
      return;
    }
    save.mutate(plan);
  };
  const onSectionChange = (index: number) => (section: Section, label: string, coalesce: string) =>
    editor.change(replaceSection(plan, index, section), label, { coalesce });
  const seatIdAt = (i: number) => model.seats[i].id;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="center" wrap="wrap">
        <Group gap="sm">
          <Text fw={700} data-testid="plan-capacity">
            Capacity: {capacity}
          </Text>
          <Text size="sm" c="dimmed">
            {model.x.length} seats drawn · {plan.sections.length} sections
          </Text>
          {dirty ? <Badge color="yellow">Unsaved changes</Badge> : saved && <Badge color="green">Saved</Badge>}
        </Group>
        <Group gap="xs">
          <Button variant="default" onClick={editor.undo} disabled={!editor.undoLabel}>
            {editor.undoLabel ? `Undo ${editor.undoLabel}` : 'Undo'}
          </Button>
          <Button onClick={onSave} loading={save.isPending}>
            Save plan
          </Button>
        </Group>
      </Group>
      <Text size="sm" role="status">
        {notice}
      </Text>
      {problem && (attempted || where?.section !== undefined || serverProblem) && (
        <Alert color="red" variant="light" title="The plan cannot be saved yet" role="alert">
          <Text size="sm">
            {where?.section !== undefined ? `${plan.sections[where.section]?.name ?? 'A section'}: ` : ''}
            {problem.message}
          </Text>
        </Alert>
      )}
      <SoldSeatsChanged error={save.error} />
      {save.isError &&
        !serverProblem &&
        !(isProblem(save.error) && save.error.code === 'catalog.sold-seats-changed') && (
          <ProblemAlert error={save.error} title="Could not save the plan" />
        )}
      {event.status === 'published' && (
        <Alert color="blue" variant="light">
          This event is on sale: the plan may grow and change unsold seats, never take away or reprice a sold or held
          one.
        </Alert>
      )}

      <Grid gutter="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="sm">
            <Group justify="space-between" wrap="wrap">
              <SegmentedControl
                aria-label="Canvas tool"
                value={mode}
                onChange={(v) => setMode(v as CanvasMode)}
                data={[
                  { value: 'select', label: 'Select seats' },
                  { value: 'view', label: 'Pan' },
                ]}
              />
              <Text size="xs" c="dimmed">
                Click a seat to select it; drag a box to select many (Shift adds). Wheel or +/− zooms.
              </Text>
            </Group>
            <PlanCanvas
              model={model}
              style={style}
              label={`Seating plan of ${event.title}`}
              roleDescription="seating plan editor"
              describedBy="editor-plan-summary"
              mode={mode}
              selected={selected}
              height={520}
              describe={(i) => describeSeat(model, i, tierNames) + (model.flags[i] & REMOVED ? ' · Removed' : '')}
              onSeatClick={(i) => {
                editor.select([seatIdAt(i)], 'toggle');
                if (model.section[i] !== active) editor.activate(model.section[i]);
              }}
              onSectionClick={(index) => editor.activate(index)}
              onBandSelect={(indices, additive) => editor.select(indices.map(seatIdAt), additive ? 'add' : 'replace')}
            />
            <PlanLegend tiers={tiers} colors={colors} selectionColor={style.selection} showRemoved />
            <ExceptionsToolbar editor={editor} tiers={tiers} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          <Stack gap="md">
            <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="sections-heading">
              <Title order={2} size="h5" id="sections-heading" mb="xs">
                Sections
              </Title>
              {plan.sections.length === 0 ? (
                <Text size="sm">No sections yet: add one below.</Text>
              ) : (
                <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }} aria-label="Sections">
                  {plan.sections.map((s, i) => (
                    <li key={i}>
                      <UnstyledButton
                        onClick={() => editor.activate(i)}
                        aria-current={i === active ? 'true' : undefined}
                        w="100%"
                        p={6}
                        style={{
                          borderRadius: 6,
                          background: i === active ? 'var(--mantine-color-default-hover)' : undefined,
                        }}
                      >
                        <Group justify="space-between" wrap="nowrap" gap="xs">
                          <Text size="sm" fw={i === active ? 700 : 500}>
                            {s.name || s.id}
                          </Text>
                          <Group gap={4} wrap="nowrap">
                            {where?.section === i && (
                              <Badge color="red" size="sm">
                                Error
                              </Badge>
                            )}
                            <Text size="xs" c="dimmed">
                              {s.kind === 'standing' ? `standing ${s.capacity}` : `${s.rows.length} rows`}
                            </Text>
                          </Group>
                        </Group>
                      </UnstyledButton>
                    </li>
                  ))}
                </Stack>
              )}
            </Paper>
            <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="add-section-heading">
              <Title order={2} size="h5" id="add-section-heading" mb="xs">
                Add section
              </Title>
              <AddSectionForm
                plan={plan}
                tiers={tiers}
                onAdd={(section) =>
                  editor.change({ ...plan, sections: [...plan.sections, section] }, `add ${section.name}`, {
                    active: plan.sections.length,
                  })
                }
              />
            </Paper>
            <StageFields plan={plan} onChange={(p, coalesce) => editor.change(p, 'change stage', { coalesce })} />
          </Stack>
        </Grid.Col>
      </Grid>

      {active >= 0 && (
        <Paper withBorder p={{ base: 'sm', sm: 'md' }} radius="md">
          <SectionEditor
            key={active}
            section={plan.sections[active]}
            index={active}
            idLocked={savedIds.has(plan.sections[active].id) && plan.sections[active].id !== ''}
            tiers={tiers}
            problem={problem}
            onChange={onSectionChange(active)}
            onRemove={() =>
              editor.change(removeSection(plan, active), `remove ${plan.sections[active].name}`, { active: active - 1 })
            }
          />
        </Paper>
      )}

      <PlanSummary id="editor-plan-summary" model={model} tierNames={tierNames} caption="Sections of this plan" />

      {saved && event.status === 'draft' && (
        <Paper withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="wrap">
            <Text size="sm">
              Remove the seating plan: the event then sells a plain capacity ({planCapacity(saved)} places).
            </Text>
            {confirmRemove ? (
              <Group gap="xs">
                <Button size="xs" variant="default" onClick={() => setConfirmRemove(false)}>
                  Keep the plan
                </Button>
                <Button size="xs" color="red" onClick={() => remove.mutate()} loading={remove.isPending}>
                  Confirm removal
                </Button>
              </Group>
            ) : (
              <Button size="xs" variant="light" color="red" onClick={() => setConfirmRemove(true)}>
                Remove plan
              </Button>
            )}
          </Group>
          {remove.isError && <ProblemAlert error={remove.error} title="Could not remove the plan" />}
        </Paper>
      )}
    </Stack>
  );
}
