import { useState } from 'react';
import { Anchor, Button, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { downloadOrdersCsv } from './orders.api';
import { filterFromParams, filterToParams, showing, type OrdersFilter } from './orders-filter';
import { OrdersFilterBar } from './OrdersFilterBar';
import { OrdersPager } from './OrdersPager';
import { OrdersTable } from './OrdersTable';
import { SalesCounters } from './SalesCounters';
import { useEventOrders } from './useOrders';

function EventOrders({ eventId }: { eventId: string }) {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const setFilter = (next: OrdersFilter) => setParams(filterToParams(next), { replace: true });
  const orders = useEventOrders(eventId, filter);
  const [download, setDownload] = useState<{ busy: boolean; error?: unknown }>({ busy: false });

  const exportCsv = async () => {
    setDownload({ busy: true });
    try {
      await downloadOrdersCsv(eventId, filter);
      setDownload({ busy: false });
    } catch (error) {
      setDownload({ busy: false, error });
    }
  };

  return (
    <Stack gap="md">
      <SalesCounters eventId={eventId} />
      <OrdersFilterBar filter={filter} onChange={setFilter}>
        <Button variant="default" onClick={() => void exportCsv()} loading={download.busy}>
          Download CSV
        </Button>
      </OrdersFilterBar>
      {download.error !== undefined && <ProblemAlert error={download.error} title="Could not download the CSV" />}
      {orders.isPending ? (
        <Skeleton height={200} aria-hidden="true" />
      ) : orders.isError ? (
        <ProblemAlert error={orders.error} title="Could not load the orders" onRetry={() => void orders.refetch()} />
      ) : (
        <>
          <Text size="sm" role="status">
            {showing(orders.data.page, orders.data.pageSize, orders.data.items.length, orders.data.total)}
          </Text>
          {orders.data.items.length > 0 && (
            <OrdersTable orders={orders.data.items} caption="Orders of this event, newest first" />
          )}
          <OrdersPager
            page={filter.page}
            pageSize={orders.data.pageSize}
            total={orders.data.total}
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </Stack>
  );
}

/** `/organizer/events/:eventId/orders`: the event's sales counters, orders (search, status, pages), CSV and resend. */
export function EventOrdersPage() {
  const eventId = useParams().eventId ?? '';
  return (
    <Container size="xl" px={0}>
      <title>Orders · Organizer · Seatwise</title>
      <Stack gap="lg">
        <Anchor component={Link} to="/organizer" size="sm">
          ← My events
        </Anchor>
        <Title order={1}>Orders</Title>
        <RequireSignIn action="see the orders" roles={['organizer', 'admin']}>
          <EventOrders eventId={eventId} />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
