import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Alert, Anchor, Button, Container, Group, Skeleton, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDateTime, formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { RequireSignIn } from '../auth';
import { CsvButton } from '../finance-ledger/CsvButton';
import { downloadDiscrepanciesCsv, reconciliationQuery, runReconciliation } from './reconciliation.api';
import type { Discrepancy, ReconciliationView } from './reconciliation.types';
import { KIND_ACTIONS, KIND_LABELS, defaultPeriod, parsePeriod } from './reconciliation-view';

function PeriodForm({ onDone }: { onDone: (id: string) => void }) {
  const [fields, setFields] = useState(() => defaultPeriod(new Date()));
  const [errors, setErrors] = useState<{ from?: string; to?: string }>({});
  const run = useMutation({
    mutationFn: (period: { from: string; to: string }) => runReconciliation(period, newId()),
    onSuccess: (result) => onDone(result.reconciliationId),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parsePeriod(fields.from, fields.to);
    if ('errors' in parsed) return setErrors(parsed.errors);
    setErrors({});
    run.mutate(parsed.period);
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Reconciliation period">
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap" gap="md">
          <TextInput
            type="datetime-local"
            label="From"
            value={fields.from}
            onChange={(e) => setFields({ ...fields, from: e.currentTarget.value })}
            error={errors.from}
            w={{ base: '100%', xs: 230 }}
          />
          <TextInput
            type="datetime-local"
            label="To"
            value={fields.to}
            onChange={(e) => setFields({ ...fields, to: e.currentTarget.value })}
            error={errors.to}
            w={{ base: '100%', xs: 230 }}
          />
          <Button type="submit" loading={run.isPending}>
            Reconcile with the provider
          </Button>
        </Group>
        {run.isError && <ProblemAlert error={run.error} title="Could not reconcile" />}
      </Stack>
    </form>
  );
}

const money = (m: { amount: number; currency: string } | undefined) => (m ? formatMoney(m.amount, m.currency) : '—');

function DiscrepancyRow({ d }: { d: Discrepancy }) {
  return (
    <Table.Tr data-testid="discrepancy">
      <Table.Th scope="row" fw={400}>
        <Text size="sm" fw={600}>
          {KIND_LABELS[d.kind]}
        </Text>
        <Text size="xs">{d.reason}</Text>
        <Text size="xs" c="dimmed">
          {KIND_ACTIONS[d.kind]}
        </Text>
      </Table.Th>
      <Table.Td>
        {d.bookingId ? (
          <Anchor component={Link} to={`/finance/ledger?bookingId=${d.bookingId}`} size="sm">
            {d.bookingId.slice(-8).toUpperCase()}
          </Anchor>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        {d.ledger ? (
          <>
            {d.ledger.eventType} at {d.ledger.position}, {money(d.ledger.amount)}
            <Text size="xs" c="dimmed">
              <time dateTime={d.ledger.occurredAt}>{formatDateTime(d.ledger.occurredAt)}</time>
            </Text>
          </>
        ) : (
          '—'
        )}
      </Table.Td>
      <Table.Td>
        {d.provider ? (
          <>
            {d.provider.kind} {d.provider.id}, {money(d.provider.amount)}, {d.provider.status}
            <Text size="xs" c="dimmed">
              <time dateTime={d.provider.createdAt}>{formatDateTime(d.provider.createdAt)}</time>
            </Text>
          </>
        ) : (
          '—'
        )}
      </Table.Td>
    </Table.Tr>
  );
}

function Result({ view }: { view: ReconciliationView }) {
  const clean = view.discrepancies.length === 0;
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={2} size="h3">
          {view.provider}, <time dateTime={view.from}>{formatDateTime(view.from)}</time> to{' '}
          <time dateTime={view.to}>{formatDateTime(view.to)}</time>
        </Title>
        <Text size="sm" c="dimmed">
          Statement of {view.providerRecords} records fetched{' '}
          <time dateTime={view.recordedAt}>{formatDateTime(view.recordedAt)}</time> (log position {view.position}).
        </Text>
      </Stack>
      {clean ? (
        <Alert color="green" variant="light" title="The ledger and the provider agree" role="status">
          <Text size="sm">{view.matched} movements match; none is missing on either side.</Text>
        </Alert>
      ) : (
        <Alert color="red" variant="light" title={`${view.discrepancies.length} discrepancies`} role="alert">
          <Text size="sm">{view.matched} movements match; the table below lists the rest.</Text>
        </Alert>
      )}
      {(view.pending > 0 || view.notCovered > 0 || view.truncated) && (
        <Stack gap={4}>
          {view.pending > 0 && <Text size="sm">{view.pending} refunds are still pending at the provider.</Text>}
          {view.notCovered > 0 && (
            <Text size="sm">
              {view.notCovered} ledger movements are older than the provider’s records (from{' '}
              {formatDateTime(view.coveredFrom)}) and were not compared.
            </Text>
          )}
          {view.truncated && (
            <Text size="sm">The provider had more records than a statement holds: narrow the period.</Text>
          )}
        </Stack>
      )}
      <ScrollRegion label="Totals (scrolls sideways)" minWidth={640}>
        <Table aria-label="Totals per currency" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Currency</Table.Th>
              <Table.Th scope="col" ta="right">
                Charged (ledger)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Charged (provider)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Refunded (ledger)
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Refunded (provider)
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {view.totals.map((row) => (
              <Table.Tr key={row.currency}>
                <Table.Th scope="row" fw={400}>
                  {row.currency}
                </Table.Th>
                <Table.Td ta="right">{formatMoney(row.ledgerCharged, row.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.providerCharged, row.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.ledgerRefunded, row.currency)}</Table.Td>
                <Table.Td ta="right">{formatMoney(row.providerRefunded, row.currency)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {!clean && (
        <Stack gap="sm">
          <Group justify="space-between" align="flex-end" wrap="wrap">
            <Title order={2} size="h3">
              Discrepancies
            </Title>
            <CsvButton label="Download discrepancies (CSV)" download={() => downloadDiscrepanciesCsv(view)} />
          </Group>
          <ScrollRegion label="Discrepancies (scrolls sideways)" minWidth={900}>
            <Table aria-label="Discrepancies" striped verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">What, and what to do</Table.Th>
                  <Table.Th scope="col">Booking</Table.Th>
                  <Table.Th scope="col">Ledger</Table.Th>
                  <Table.Th scope="col">Provider</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {view.discrepancies.map((d, i) => (
                  <DiscrepancyRow key={`${d.kind}-${d.ledger?.entryId ?? d.provider?.id ?? i}`} d={d} />
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
        </Stack>
      )}
    </Stack>
  );
}

function Reconciliation() {
  const [params, setParams] = useSearchParams();
  const id = params.get('id');
  const view = useQuery({ ...reconciliationQuery(id ?? ''), enabled: !!id });
  return (
    <Stack gap="xl">
      <PeriodForm onDone={(next) => setParams({ id: next })} />
      {id &&
        (view.isPending ? (
          <Skeleton h={160} aria-hidden="true" />
        ) : view.isError ? (
          <ProblemAlert
            error={view.error}
            title="Could not load the reconciliation"
            onRetry={() => void view.refetch()}
          />
        ) : (
          <Result view={view.data} />
        ))}
    </Stack>
  );
}

/** `/finance/reconciliation`: the ledger against the payment provider's own records for a period. */
export function FinanceReconciliationPage() {
  return (
    <Container size="xl" px={0}>
      <title>Reconciliation · Finance · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Reconciliation</Title>
        <Text c="dimmed">
          The provider’s own records of charges and refunds for a period, fetched and kept on the log, against what the
          ledger booked.
        </Text>
        <RequireSignIn action="reconcile the ledger" roles={['finance', 'admin']}>
          <Reconciliation />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
