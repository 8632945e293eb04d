import { useMemo } from 'react';
import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import {
  PlanCanvas,
  PlanLegend,
  PlanSummary,
  describeSeat,
  usePlanStyle,
  useTierColors,
  type PlanModel,
} from '../plan-canvas';
import type { EventSeating, SeatPicking } from './useEventSeating';

function SeatMap({
  model,
  seating,
  picking,
  canPick,
}: {
  model: PlanModel;
  seating: EventSeating;
  picking: SeatPicking;
  canPick: boolean;
}) {
  const order = useMemo(() => {
    const ids = seating.tiers.map((t) => t.id);
    return [...ids, ...model.tierIds.filter((id) => !ids.includes(id))];
  }, [seating.tiers, model]);
  const colors = useTierColors(order);
  const style = usePlanStyle(model, colors);
  const tierNames = useMemo(() => new Map(seating.tiers.map((t) => [t.id, t.name])), [seating.tiers]);
  const usedTiers = useMemo(() => seating.tiers.filter((t) => model.tierIds.includes(t.id)), [seating.tiers, model]);
  const { taken } = seating;

  return (
    <Stack gap="sm">
      <PlanCanvas
        model={model}
        style={style}
        label="Seat map"
        describedBy="seat-map-summary"
        mode={canPick ? 'pick' : 'view'}
        taken={taken}
        selected={picking.selected}
        describe={(i) => describeSeat(model, i, tierNames, !!taken?.[i])}
        onSeatClick={canPick ? picking.toggle : undefined}
        onSectionClick={canPick ? (index) => picking.chooseSection(model.sections[index].section.id) : undefined}
        height={460}
      />
      <PlanLegend
        tiers={usedTiers}
        colors={colors}
        takenColor={taken ? style.taken : undefined}
        selectionColor={canPick ? style.selection : undefined}
      />
      <Text size="sm" role="status" aria-live="polite">
        {picking.notice}
      </Text>
      <PlanSummary
        id="seat-map-summary"
        model={model}
        tierNames={tierNames}
        free={seating.free}
        caption="Places per section"
      />
    </Stack>
  );
}

/** The public seat map: price tiers, taken seats greyed (kept live), and seat picking for a signed-in buyer. */
export function EventSeatMap({
  seating,
  picking,
  canPick,
}: {
  seating: EventSeating;
  picking: SeatPicking;
  canPick: boolean;
}) {
  if (!seating.model) return null;
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="seat-map-heading" data-testid="seat-map">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="seat-map-heading">
          Seat map
        </Title>
        {canPick && (
          <Text size="sm" c="dimmed">
            Click seats to choose them, or ask for the best available.
          </Text>
        )}
      </Group>
      <SeatMap model={seating.model} seating={seating} picking={picking} canPick={canPick} />
    </Paper>
  );
}
