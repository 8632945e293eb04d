import { Badge, Table, Text } from '@mantine/core';
import { formatMoney } from '../../lib/format';
import { DownloadInvoiceButton } from './DownloadInvoiceButton';
import type { Invoice } from './invoices.types';

/** A page of invoices and credit notes (organizer's and finance's lists). */
export function InvoiceTable({
  invoices,
  label,
  showSeller,
}: {
  invoices: Invoice[];
  label: string;
  showSeller?: boolean;
}) {
  if (invoices.length === 0) return <Text>No invoices yet.</Text>;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Number</Table.Th>
            <Table.Th>Kind</Table.Th>
            <Table.Th>Issued</Table.Th>
            {showSeller && <Table.Th>Seller</Table.Th>}
            <Table.Th>Buyer</Table.Th>
            <Table.Th>Event</Table.Th>
            <Table.Th>Net</Table.Th>
            <Table.Th>Tax</Table.Th>
            <Table.Th>Gross</Table.Th>
            <Table.Th>PDF</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {invoices.map((invoice) => (
            <Table.Tr key={invoice.invoiceId}>
              <Table.Td ff="monospace">{invoice.number}</Table.Td>
              <Table.Td>
                <Badge color={invoice.kind === 'credit-note' ? 'orange' : 'blue'} variant="light">
                  {invoice.kind === 'credit-note' ? 'Credit note' : 'Invoice'}
                </Badge>
                {invoice.refers && (
                  <Text size="xs" c="dimmed">
                    corrects {invoice.refers.number}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <time dateTime={invoice.issuedAt}>{invoice.issuedAt.slice(0, 10)}</time>
              </Table.Td>
              {showSeller && <Table.Td>{invoice.seller.name}</Table.Td>}
              <Table.Td>{invoice.buyer.address?.company ?? invoice.buyer.name}</Table.Td>
              <Table.Td>{invoice.eventTitle}</Table.Td>
              <Table.Td>{formatMoney(invoice.totals.net.amount, invoice.totals.net.currency)}</Table.Td>
              <Table.Td>{formatMoney(invoice.totals.tax.amount, invoice.totals.tax.currency)}</Table.Td>
              <Table.Td>{formatMoney(invoice.totals.gross.amount, invoice.totals.gross.currency)}</Table.Td>
              <Table.Td>
                <DownloadInvoiceButton invoice={invoice} size="xs" />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
