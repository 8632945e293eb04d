import { SimpleGrid, Stack, Title } from '@mantine/core';
import { formatMoney } from '../../lib/format';
import { FigureCard } from './FigureCard';
import { formatRate } from './report-view';
import type { SalesFigures } from './reports.types';

const CARDS: readonly { label: string; value: (t: SalesFigures) => string }[] = [
  { label: 'Sales', value: (t) => formatMoney(t.sales, t.currency) },
  { label: 'Refunds', value: (t) => formatMoney(t.refunds, t.currency) },
  { label: 'Net', value: (t) => formatMoney(t.net, t.currency) },
  { label: 'Orders', value: (t) => t.orders.toLocaleString() },
  { label: 'Average order', value: (t) => formatMoney(t.averageOrder, t.currency) },
  { label: 'Refund rate', value: (t) => formatRate(t.refundRate) },
];

/** The period's totals, one section per currency (amounts in different currencies are never added). */
export function SummaryCards({ totals }: { totals: readonly SalesFigures[] }) {
  return (
    <>
      {totals.map((t) => {
        const headingId = `reports-totals-${t.currency}`;
        return (
          <Stack key={t.currency} gap="sm" component="section" aria-labelledby={headingId}>
            <Title order={2} size="h3" id={headingId}>
              Totals in {t.currency}
            </Title>
            <SimpleGrid cols={{ base: 2, sm: 3, lg: 6 }} spacing="sm" verticalSpacing="sm">
              {CARDS.map((card) => (
                <FigureCard key={card.label} label={card.label} value={card.value(t)} />
              ))}
            </SimpleGrid>
          </Stack>
        );
      })}
    </>
  );
}
