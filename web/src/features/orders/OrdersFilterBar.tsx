import { type ReactNode, useEffect, useRef, useState } from 'react';
import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { SearchIcon } from '../../lib/icons';
import { STATUS_LABELS, type OrdersFilter } from './orders-filter';
import { ORDER_STATUSES, type OrderStatus } from './orders.types';

/** Search (debounced) and status; each change goes back to page 1. */
export function OrdersFilterBar({
  filter,
  onChange,
  children,
}: {
  filter: OrdersFilter;
  onChange: (filter: OrdersFilter) => void;
  children?: ReactNode;
}) {
  const [search, setSearch] = useState(filter.q ?? '');
  const [q] = useDebouncedValue(search.trim(), 300);
  // Only a new (debounced) search term changes the filter: the latest filter and callback are read from a ref.
  const latest = useRef({ filter, onChange });
  latest.current = { filter, onChange };
  useEffect(() => {
    const { filter: current, onChange: change } = latest.current;
    if (q !== (current.q ?? '')) change({ ...current, q: q || undefined, page: 1 });
  }, [q]);
  return (
    <Group align="flex-end" wrap="wrap" gap="md">
      <TextInput
        label="Search orders"
        description="Buyer, e-mail, attendee or booking number"
        type="search"
        leftSection={<SearchIcon size={16} />}
        value={search}
        onChange={(e) => setSearch(e.currentTarget.value)}
        maxLength={100}
        w={{ base: '100%', sm: 320 }}
      />
      <Select
        label="Status"
        data={[
          { value: '', label: 'All' },
          ...ORDER_STATUSES.map((status) => ({ value: status, label: STATUS_LABELS[status] })),
        ]}
        value={filter.status ?? ''}
        onChange={(value) => onChange({ ...filter, status: value ? (value as OrderStatus) : undefined, page: 1 })}
        allowDeselect={false}
        w={{ base: '100%', sm: 200 }}
      />
      {children}
    </Group>
  );
}
