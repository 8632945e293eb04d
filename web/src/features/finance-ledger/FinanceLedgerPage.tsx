import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { Link, useSearchParams } from 'react-router';
import { RequireSignIn } from '../auth';
import { type JournalFilter, cutOf, filterFromParams, filterToParams } from './ledger-filter';
import { LedgerBalances } from './LedgerBalances';
import { LedgerCutForm } from './LedgerCutForm';
import { LedgerJournal } from './LedgerJournal';
import { MoneyHistory } from './MoneyHistory';
import { OrganizerHistory } from './OrganizerHistory';

/** The cut, the booking and the journal's page live in the URL: a link reproduces the view. */
function FinanceLedger() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const cut = cutOf(filter);
  const setFilter = (next: JournalFilter) => setParams(filterToParams(next), { replace: true });
  return (
    <Stack gap="xl">
      <LedgerCutForm
        key={`${cut.asOf ?? ''}|${cut.position ?? ''}`}
        cut={cut}
        onApply={(next) =>
          setFilter({ ...next, ...(filter.bookingId ? { bookingId: filter.bookingId } : {}), page: 1 })
        }
      />
      <LedgerBalances
        cut={cut}
        historyLink={(organizerId) => `?${new URLSearchParams(filterToParams({ ...filter, organizerId }))}`}
      />
      <LedgerJournal filter={filter} onChange={setFilter} />
      {filter.bookingId && <MoneyHistory bookingId={filter.bookingId} />}
      {filter.organizerId && <OrganizerHistory organizerId={filter.organizerId} />}
    </Stack>
  );
}

/** `/finance/ledger`: the double-entry ledger at any time or log position; balances, what organizers are owed, the journal. */
export function FinanceLedgerPage() {
  return (
    <Container size="xl" px={0}>
      <title>Ledger · Finance · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Ledger</Title>
        <Text c="dimmed">
          Every movement of money as double-entry bookings, as it stood at a time or log position, or now.
        </Text>
        <div>
          <Button component={Link} to="/finance/reconciliation" variant="default" size="sm">
            Reconcile with the provider
          </Button>
        </div>
        <RequireSignIn action="audit the ledger" roles={['finance', 'admin']}>
          <FinanceLedger />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
