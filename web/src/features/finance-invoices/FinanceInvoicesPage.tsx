import { useState, type FormEvent } from 'react';
import { Button, Container, Group, Skeleton, Stack, Text, TextInput, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { InvoiceTable } from '../invoices';
import { OrdersPager } from '../orders';
import { type FinanceFilter, financeInvoicesQuery } from './finance-invoices.api';
import { parseFinanceFilter } from './finance-filter';

function FinanceInvoices() {
  const [filter, setFilter] = useState<FinanceFilter>({ page: 1 });
  const [organizerId, setOrganizerId] = useState('');
  const [year, setYear] = useState('');
  const [error, setError] = useState<string | undefined>();
  const invoices = useQuery(financeInvoicesQuery(filter));
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseFinanceFilter(organizerId, year);
    setError(parsed.error);
    if (!parsed.error) setFilter({ page: 1, ...parsed });
  };
  return (
    <Stack gap="md">
      <Group component="form" onSubmit={apply} align="flex-end" wrap="wrap" aria-label="Filter invoices">
        <TextInput
          label="Organizer id"
          value={organizerId}
          onChange={(e) => setOrganizerId(e.currentTarget.value)}
          error={error === 'organizerId' ? 'An organizer id (UUID)' : undefined}
          w={340}
        />
        <TextInput
          label="Year"
          value={year}
          onChange={(e) => setYear(e.currentTarget.value)}
          error={error === 'year' ? 'A year like 2026' : undefined}
          inputMode="numeric"
          w={120}
        />
        <Button type="submit" variant="default">
          Filter
        </Button>
      </Group>
      {invoices.isPending ? (
        <Skeleton height={120} aria-label="Loading invoices" />
      ) : invoices.isError ? (
        <ProblemAlert error={invoices.error} title="Could not load invoices" onRetry={() => void invoices.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {invoices.data.total} document{invoices.data.total === 1 ? '' : 's'}
          </Text>
          <InvoiceTable invoices={invoices.data.items} label="All invoices" showSeller />
          <OrdersPager
            page={filter.page}
            pageSize={invoices.data.pageSize}
            total={invoices.data.total}
            onPage={(page) => setFilter((f) => ({ ...f, page }))}
          />
        </>
      )}
    </Stack>
  );
}

/** `/finance/invoices`: every invoice and credit note, by organizer and year, with its PDF. */
export function FinanceInvoicesPage() {
  return (
    <Container size="xl" px={0}>
      <title>Invoices · Finance · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Invoices</Title>
        <Text c="dimmed">Every invoice and credit note of every organizer, newest first.</Text>
        <RequireSignIn action="audit invoices" roles={['finance', 'admin']}>
          <FinanceInvoices />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
