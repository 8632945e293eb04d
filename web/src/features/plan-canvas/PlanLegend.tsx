import { Group, Table, Text } from '@mantine/core';
import { memo, useDeferredValue, useMemo, type ReactNode } from 'react';
import { ACCESSIBLE, REMOVED, RESTRICTED, type PlanModel } from './planModel';
import type { TierInfo } from './planStyle';
import { ScrollRegion } from '../../components/ScrollRegion';

function Swatch({
  color,
  shape = 'circle',
  outline,
}: {
  color: string;
  shape?: 'circle' | 'square' | 'diamond' | 'ring' | 'dashed';
  outline?: string;
}) {
  const style = {
    display: 'inline-block',
    width: 12,
    height: 12,
    flexShrink: 0,
    background: shape === 'ring' || shape === 'dashed' ? 'transparent' : color,
    borderRadius: shape === 'circle' || shape === 'ring' || shape === 'dashed' ? '50%' : 0,
    transform: shape === 'diamond' ? 'rotate(45deg) scale(0.85)' : undefined,
    border: shape === 'ring' ? `2px solid ${outline}` : shape === 'dashed' ? `1px dashed ${outline}` : undefined,
  };
  return <span aria-hidden="true" style={style} />;
}

type LegendProps = {
  tiers: readonly TierInfo[];
  colors: ReadonlyMap<string, string>;
  takenColor?: string;
  selectionColor?: string;
  showRemoved?: boolean;
};

/** What the colours and shapes on the map mean. */
export function PlanLegend({ tiers, colors, takenColor, selectionColor, showRemoved }: LegendProps) {
  const neutral = 'var(--mantine-color-dimmed)';
  const item = (key: string, swatch: ReactNode, text: string) => (
    <Group key={key} component="li" gap={6} wrap="nowrap">
      {swatch}
      <Text size="sm">{text}</Text>
    </Group>
  );
  return (
    <Group component="ul" aria-label="Legend" gap="md" p={0} m={0} style={{ listStyle: 'none' }}>
      {tiers.map((t) =>
        item(t.id, <Swatch color={colors.get(t.id) ?? neutral} />, t.price ? `${t.name} (${t.price})` : t.name),
      )}
      {item('accessible', <Swatch color={neutral} shape="square" />, '♿ Accessible (square)')}
      {item('restricted', <Swatch color={neutral} shape="diamond" />, 'Restricted view (diamond)')}
      {takenColor && item('taken', <Swatch color={takenColor} />, 'Taken')}
      {selectionColor &&
        item('selected', <Swatch color="transparent" shape="ring" outline={selectionColor} />, 'Selected')}
      {showRemoved && item('removed', <Swatch color="transparent" shape="dashed" outline={neutral} />, 'Removed')}
    </Group>
  );
}

export type SectionStats = {
  index: number;
  id: string;
  name: string;
  kind: string;
  places: number;
  accessible: number;
  restricted: number;
  tiers: string[];
};

export function sectionStats(model: PlanModel, tierNames: ReadonlyMap<string, string>): SectionStats[] {
  return model.sections.map((g) => {
    const s = g.section;
    if (s.kind === 'standing')
      return {
        index: g.index,
        id: s.id,
        name: s.name,
        kind: 'Standing',
        places: s.capacity,
        accessible: 0,
        restricted: 0,
        tiers: [tierNames.get(s.priceTierId) ?? s.priceTierId],
      };
    let places = 0;
    let accessible = 0;
    let restricted = 0;
    const tiers = new Set<string>();
    for (let i = g.start; i < g.end; i++) {
      const f = model.flags[i];
      if (f & REMOVED) continue;
      places++;
      if (f & ACCESSIBLE) accessible++;
      if (f & RESTRICTED) restricted++;
      tiers.add(model.tierIds[model.tier[i]]);
    }
    return {
      index: g.index,
      id: s.id,
      name: s.name,
      kind: 'Seated',
      places,
      accessible,
      restricted,
      tiers: [...tiers].map((id) => tierNames.get(id) ?? id),
    };
  });
}

type RowProps = Omit<SectionStats, 'index' | 'tiers'> & { tiers: string; free?: number; showFree: boolean };

// One memoized row per section: an edit of one section re-renders (and re-announces) only its row.
const SummaryRow = memo(function SummaryRow({
  name,
  kind,
  places,
  free,
  showFree,
  tiers,
  accessible,
  restricted,
}: RowProps) {
  return (
    <Table.Tr>
      <Table.Th scope="row">{name}</Table.Th>
      <Table.Td>{kind}</Table.Td>
      <Table.Td>{places}</Table.Td>
      {showFree && <Table.Td>{free ?? '—'}</Table.Td>}
      <Table.Td>{tiers}</Table.Td>
      <Table.Td>{accessible}</Table.Td>
      <Table.Td>{restricted}</Table.Td>
    </Table.Tr>
  );
});

/** The map's text alternative: one line per section with its places, tiers and (when known) free count. */
export function PlanSummary({
  id,
  model,
  tierNames,
  free,
  caption = 'Sections',
}: {
  id?: string;
  model: PlanModel;
  tierNames: ReadonlyMap<string, string>;
  free?: ReadonlyMap<string, number>;
  caption?: string;
}) {
  // Not urgent: the canvas redraws first, the table follows.
  const deferred = useDeferredValue(model);
  const rows = useMemo(() => sectionStats(deferred, tierNames), [deferred, tierNames]);
  return (
    <ScrollRegion label={caption} minWidth={420}>
      <Table id={id} striped withTableBorder fz="sm" captionSide="top" data-testid="plan-summary">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Section</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Places</Table.Th>
            {free && <Table.Th scope="col">Free</Table.Th>}
            <Table.Th scope="col">Price tiers</Table.Th>
            <Table.Th scope="col">Accessible</Table.Th>
            <Table.Th scope="col">Restricted view</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ index: _index, tiers, ...r }) => (
            <SummaryRow key={r.id} {...r} tiers={tiers.join(', ')} free={free?.get(r.id)} showFree={!!free} />
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
