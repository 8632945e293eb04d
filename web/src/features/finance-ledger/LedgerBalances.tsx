import { Alert, Anchor, Group, Skeleton, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { Link } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime, formatMoney } from '../../lib/format';
import { CsvButton } from './CsvButton';
import { downloadLedgerCsv } from './finance-ledger.api';
import type { LedgerAccountView, LedgerView, OrganizerBalanceView } from './finance-ledger.types';
import type { LedgerCut } from './ledger-filter';
import { EMPTY_LEDGER, KIND_LABELS, ledgerSummary, unbalancedCurrencies } from './ledger-view';
import { useLedger } from './useLedger';
import { ScrollRegion } from '../../components/ScrollRegion';

const wrapAnywhere = { overflowWrap: 'anywhere' } as const;

/** Whether every currency's debits equal its credits, and how much of the log the page shows. */
function LedgerStatus({ view }: { view: LedgerView }) {
  const summary = ledgerSummary(view, formatDateTime);
  if (view.entries === 0) return <Text role="status">{EMPTY_LEDGER}</Text>;
  if (view.balanced)
    return (
      <Text role="status">
        <Text span fw={700}>
          Balanced: debits equal credits.
        </Text>{' '}
        {summary}
      </Text>
    );
  return (
    <Alert color="red" variant="light" role="alert" title="Not balanced: debits and credits differ">
      <Stack gap="xs">
        {unbalancedCurrencies(view.accounts).map(({ currency, debit, credit }) => (
          <Text size="sm" key={currency}>
            {currency}: debits {formatMoney(debit, currency)}, credits {formatMoney(credit, currency)}
          </Text>
        ))}
        <Text size="sm">{summary}</Text>
      </Stack>
    </Alert>
  );
}

function AccountsTable({ accounts }: { accounts: LedgerAccountView[] }) {
  return (
    <ScrollRegion label="Accounts (scrolls sideways)" minWidth={720}>
      <Table aria-label="Account balances" striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Account</Table.Th>
            <Table.Th scope="col">Kind</Table.Th>
            <Table.Th scope="col">Currency</Table.Th>
            <Table.Th scope="col" ta="right">
              Debit
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Credit
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Balance
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {accounts.map((a) => (
            <Table.Tr key={`${a.account}|${a.currency}`} data-testid="ledger-account">
              <Table.Th scope="row" fw={400} style={wrapAnywhere}>
                {a.account}
              </Table.Th>
              <Table.Td>{KIND_LABELS[a.kind]}</Table.Td>
              <Table.Td>{a.currency}</Table.Td>
              <Table.Td ta="right">{formatMoney(a.debit, a.currency)}</Table.Td>
              <Table.Td ta="right">{formatMoney(a.credit, a.currency)}</Table.Td>
              <Table.Td ta="right" fw={600}>
                {formatMoney(a.balance, a.currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}

/** Two columns that wrap: fits a 320 px screen without scrolling. */
function OrganizersTable({
  organizers,
  historyLink,
}: {
  organizers: OrganizerBalanceView[];
  historyLink: (organizerId: string) => string;
}) {
  if (organizers.length === 0) return <Text size="sm">Nothing is owed to organizers.</Text>;
  return (
    <Table aria-label="Owed to organizers" striped verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Organizer</Table.Th>
          <Table.Th scope="col" ta="right">
            Owed
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {organizers.map((o) => (
          <Table.Tr key={`${o.organizerId}|${o.currency}`}>
            <Table.Th scope="row" fw={400} style={wrapAnywhere}>
              {o.organizerName ?? o.organizerId}
              {o.organizerName && (
                <Text size="xs" c="dimmed" style={wrapAnywhere}>
                  {o.organizerId}
                </Text>
              )}
              <Anchor component={Link} to={historyLink(o.organizerId)} size="xs">
                History<VisuallyHidden component="span"> of {o.organizerName ?? o.organizerId}</VisuallyHidden>
              </Anchor>
            </Table.Th>
            <Table.Td ta="right" fw={600}>
              {formatMoney(o.owed, o.currency)}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The ledger at the cut: balanced or not, each account's totals, and what is owed to each organizer. */
export function LedgerBalances({ cut, historyLink }: { cut: LedgerCut; historyLink: (organizerId: string) => string }) {
  const ledger = useLedger(cut);
  if (ledger.isPending) return <Skeleton height={160} aria-hidden="true" />;
  if (ledger.isError)
    return (
      <ProblemAlert error={ledger.error} title="Could not load the ledger" onRetry={() => void ledger.refetch()} />
    );
  const view = ledger.data;
  return (
    <Stack gap="lg">
      <LedgerStatus view={view} />
      {view.entries > 0 && (
        <>
          <Stack gap="sm" component="section" aria-labelledby="ledger-accounts-heading">
            <Group justify="space-between" align="flex-end" wrap="wrap">
              <Title order={2} size="h3" id="ledger-accounts-heading">
                Accounts
              </Title>
              <CsvButton label="Download balances (CSV)" download={() => downloadLedgerCsv(cut)} />
            </Group>
            <AccountsTable accounts={view.accounts} />
          </Stack>
          <Stack gap="sm" component="section" aria-labelledby="ledger-organizers-heading">
            <Title order={2} size="h3" id="ledger-organizers-heading">
              Owed to organizers
            </Title>
            <OrganizersTable organizers={view.organizers} historyLink={historyLink} />
          </Stack>
        </>
      )}
    </Stack>
  );
}
