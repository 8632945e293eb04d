import { useMemo } from 'react';
import { Stack } from '@mantine/core';
import type { SeatingPlan } from '@booking/seating';
import type { EventDetail } from '../catalog';
import {
  PlanCanvas,
  PlanLegend,
  PlanSummary,
  buildPlanModel,
  describeSeat,
  tierInfos,
  usePlanStyle,
  useTierColors,
} from '../plan-canvas';

/** A plan that cannot be changed now (submitted, cancelled, completed): looked at, not edited. */
export function PlanPreview({ event, plan }: { event: EventDetail; plan: SeatingPlan }) {
  const tiers = useMemo(() => tierInfos(event.priceTiers ?? []), [event.priceTiers]);
  const tierNames = useMemo(() => new Map(tiers.map((t) => [t.id, t.name])), [tiers]);
  const model = useMemo(() => buildPlanModel(plan), [plan]);
  const order = useMemo(
    () => [...tiers.map((t) => t.id), ...model.tierIds.filter((id) => !tierNames.has(id))],
    [tiers, tierNames, model],
  );
  const colors = useTierColors(order);
  const style = usePlanStyle(model, colors);
  return (
    <Stack gap="sm">
      <PlanCanvas
        model={model}
        style={style}
        label={`Seating plan of ${event.title} (read only)`}
        roleDescription="seating plan"
        describedBy="preview-plan-summary"
        mode="view"
        describe={(i) => describeSeat(model, i, tierNames)}
        height={460}
      />
      <PlanLegend tiers={tiers} colors={colors} />
      <PlanSummary id="preview-plan-summary" model={model} tierNames={tierNames} caption="Sections of this plan" />
    </Stack>
  );
}
