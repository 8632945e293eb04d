import { Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatMoney } from '../../lib/format';
import { DownloadInvoiceButton } from './DownloadInvoiceButton';
import { bookingInvoicesQuery } from './invoices.api';

/**
 * The booking page's invoices: one download per invoice and credit note. `expectOne`: a paid
 * confirmed booking, whose invoice the platform issues shortly after confirmation.
 */
export function BookingInvoices({ bookingId, expectOne }: { bookingId: string; expectOne: boolean }) {
  const invoices = useQuery(bookingInvoicesQuery(bookingId, expectOne));
  if (invoices.isError)
    return (
      <ProblemAlert
        error={invoices.error}
        title="Could not load your invoices"
        onRetry={() => void invoices.refetch()}
      />
    );
  const items = invoices.data?.items ?? [];
  if (items.length === 0 && !expectOne) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="invoices-heading">
      <Title order={2} size="h4" id="invoices-heading">
        Invoices
      </Title>
      {items.length === 0 ? (
        <Text size="sm" c="dimmed" role="status">
          Your invoice is being issued…
        </Text>
      ) : (
        <Group gap="sm" align="flex-start">
          {items.map((invoice) => (
            <Stack key={invoice.invoiceId} gap={2} maw="100%">
              <DownloadInvoiceButton invoice={invoice} />
              <Text size="xs" c="dimmed">
                {formatMoney(invoice.totals.gross.amount, invoice.totals.gross.currency)} ·{' '}
                {invoice.issuedAt.slice(0, 10)}
                {invoice.refers ? ` · corrects ${invoice.refers.number}` : ''}
              </Text>
            </Stack>
          ))}
        </Group>
      )}
    </Stack>
  );
}
