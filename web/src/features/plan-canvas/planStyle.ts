import { useMemo } from 'react';
import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import type { DrawStyle } from './drawPlan';
import type { PlanModel } from './planModel';

export type TierInfo = { id: string; name: string; price?: string };

// Hues that stay apart for common colour-vision deficiencies and read on both themes; the legend
// and tooltips name each tier, and shapes (not colour) mark accessible and restricted-view seats.
const PALETTE: [string, number][] = [
  ['blue', 6],
  ['orange', 6],
  ['grape', 6],
  ['teal', 7],
  ['lime', 8],
  ['pink', 6],
  ['cyan', 8],
  ['yellow', 8],
  ['indigo', 4],
  ['red', 8],
];

/** One colour per price tier id, stable by the order of `tierIds` (the event's tiers first). */
export function useTierColors(tierIds: readonly string[]): Map<string, string> {
  const theme = useMantineTheme();
  return useMemo(
    () =>
      new Map(
        tierIds.map((id, i) => {
          const [name, shade] = PALETTE[i % PALETTE.length];
          return [id, theme.colors[name][shade]];
        }),
      ),
    [theme, tierIds],
  );
}

export function usePlanStyle(model: PlanModel, colors: Map<string, string>): DrawStyle {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light', { getInitialValueInEffect: false }) === 'dark';
  return useMemo(
    () => ({
      tierColors: model.tierIds.map((id) => colors.get(id) ?? theme.colors.gray[6]),
      text: dark ? theme.colors.dark[0] : theme.colors.dark[7],
      halo: dark ? theme.colors.dark[7] : theme.white,
      taken: dark ? theme.colors.dark[3] : theme.colors.gray[4],
      selection: dark ? theme.white : theme.black,
      stage: dark ? theme.colors.dark[4] : theme.colors.gray[3],
      stageText: dark ? theme.colors.dark[0] : theme.colors.dark[7],
      removed: dark ? theme.colors.dark[2] : theme.colors.gray[6],
    }),
    [model, colors, dark, theme],
  );
}

/** "Stalls · Row B · Seat 103 · Premium", plus what else is true of the seat. */
export function describeSeat(model: PlanModel, i: number, tierNames: ReadonlyMap<string, string>, taken = false) {
  const seat = model.seats[i];
  const section = model.sections[model.section[i]]?.section;
  const parts = [section?.name ?? seat.sectionId, `Row ${seat.row}`, `Seat ${seat.number}`];
  parts.push(tierNames.get(seat.priceTierId) ?? seat.priceTierId);
  if (seat.accessible) parts.push('♿ Accessible');
  if (seat.restrictedView) parts.push('Restricted view');
  if (taken) parts.push('Taken');
  return parts.join(' · ');
}
