import type { ReactNode } from 'react';
import { Table } from '@mantine/core';
import { formatMoney } from '../../lib/format';
import { formatRate } from './report-view';
import { ScrollRegion } from '../../components/ScrollRegion';
import type { SalesFigures } from './reports.types';

export type FiguresRow = { key: string; name: ReactNode; figures: SalesFigures; action?: ReactNode };

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

/** Sales figures per event or organizer, named by the heading `labelledBy`; scrolls sideways on a phone. */
export function FiguresTable({
  label,
  labelledBy,
  nameHeader,
  rows,
  actionHeader,
}: {
  /** Names the scrolling region around the table. */
  label: string;
  labelledBy: string;
  nameHeader: string;
  rows: readonly FiguresRow[];
  /** A column of buttons (e.g. "Only this organizer"), named for screen readers. */
  actionHeader?: string;
}) {
  return (
    <ScrollRegion label={label} minWidth={actionHeader ? 900 : 760}>
      <Table aria-labelledby={labelledBy} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{nameHeader}</Table.Th>
            <Table.Th scope="col" ta="right">
              Sales
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Refunds
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Net
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Orders
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Average order
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Refund rate
            </Table.Th>
            {actionHeader && <Table.Th scope="col">{actionHeader}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ key, name, figures: f, action }) => (
            <Table.Tr key={key}>
              <Table.Th scope="row" fw={400} style={wrapAnywhere}>
                {name}
              </Table.Th>
              <Table.Td ta="right">{formatMoney(f.sales, f.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(f.refunds, f.currency)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoney(f.net, f.currency)}
              </Table.Td>
              <Table.Td ta="right">{f.orders.toLocaleString()}</Table.Td>
              <Table.Td ta="right">{formatMoney(f.averageOrder, f.currency)}</Table.Td>
              <Table.Td ta="right">{formatRate(f.refundRate)}</Table.Td>
              {actionHeader && <Table.Td>{action}</Table.Td>}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
