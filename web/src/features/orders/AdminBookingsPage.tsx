import { Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { RequireSignIn } from '../auth';
import { filterFromParams, filterToParams, showing, type OrdersFilter } from './orders-filter';
import { OrdersFilterBar } from './OrdersFilterBar';
import { OrdersPager } from './OrdersPager';
import { OrdersTable } from './OrdersTable';
import { useAdminBookings } from './useOrders';

function AdminBookings() {
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const setFilter = (next: OrdersFilter) => setParams(filterToParams(next), { replace: true });
  const bookings = useAdminBookings(filter);
  return (
    <Stack gap="md">
      <OrdersFilterBar filter={filter} onChange={setFilter} />
      {bookings.isPending ? (
        <Skeleton height={200} aria-hidden="true" />
      ) : bookings.isError ? (
        <ProblemAlert
          error={bookings.error}
          title="Could not load the bookings"
          onRetry={() => void bookings.refetch()}
        />
      ) : (
        <>
          <Text size="sm" role="status">
            {showing(bookings.data.page, bookings.data.pageSize, bookings.data.items.length, bookings.data.total)}
          </Text>
          {bookings.data.items.length > 0 && (
            <OrdersTable orders={bookings.data.items} caption="All bookings, newest first" showEvent />
          )}
          <OrdersPager
            page={filter.page}
            pageSize={bookings.data.pageSize}
            total={bookings.data.total}
            onPage={(page) => setFilter({ ...filter, page })}
          />
        </>
      )}
    </Stack>
  );
}

/** `/admin/bookings`: any booking of the platform, searchable, with "Resend tickets". */
export function AdminBookingsPage() {
  return (
    <Container size="xl" px={0}>
      <title>Bookings · Admin · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Bookings</Title>
        <RequireSignIn action="see every booking" roles={['admin']}>
          <AdminBookings />
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
