import { useDeferredValue } from 'react';
import { Button, Center, Container, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useCategoryLabel } from '../categories';
import { CatalogFilterBar } from './CatalogFilterBar';
import { EventCard, EventCardSkeleton } from './EventCard';
import { useCatalog } from './useCatalog';
import { useCatalogFilters } from './useCatalogFilters';

const GRID_COLS = { base: 1, sm: 2, lg: 3 };

export function CatalogPage() {
  const { filters, filtered, active, text, setText, submitSearch, setCategory, setFilters, clear } =
    useCatalogFilters();
  const catalog = useCatalog(filters);
  // The cards render in a transition: React splits it into short tasks instead of one long one that
  // blocks input (and start-up) on slow phones; until then, the skeleton (or the previous results) shows.
  const data = useDeferredValue(catalog.data);
  const loading = data === undefined && !catalog.isError;
  const events = data?.pages.flatMap((page) => page.items) ?? [];
  const total = data?.pages[0]?.total ?? 0;
  const facets = data?.pages[0]?.facets;
  const categoryLabel = useCategoryLabel();

  return (
    <Container size="lg" px={0}>
      <title>Events · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Upcoming events</Title>
        <CatalogFilterBar
          text={text}
          onTextChange={setText}
          onSubmit={submitSearch}
          category={filters.category}
          onCategoryChange={setCategory}
          filters={filters}
          facets={facets}
          onChange={setFilters}
          active={active}
          onClear={clear}
        />

        <Text size="sm" c="dimmed" aria-live="polite" aria-busy={catalog.isFetching}>
          {loading ? 'Loading events…' : catalog.isError ? '' : `${total} ${total === 1 ? 'event' : 'events'}`}
        </Text>

        {loading ? (
          <SimpleGrid cols={GRID_COLS} aria-hidden="true">
            {Array.from({ length: 6 }, (_, i) => (
              <EventCardSkeleton key={i} />
            ))}
          </SimpleGrid>
        ) : catalog.isError && events.length === 0 ? (
          <ProblemAlert error={catalog.error} title="Could not load events" onRetry={() => void catalog.refetch()} />
        ) : events.length === 0 ? (
          <Stack align="center" py="xl" gap="sm">
            <Title order={2} size="h3">
              {filtered ? 'No events match your search' : 'No events yet'}
            </Title>
            <Text c="dimmed">{filtered ? 'Try other words or fewer filters.' : 'Check back soon.'}</Text>
            {filtered && (
              <Button variant="default" onClick={clear}>
                Clear filters
              </Button>
            )}
          </Stack>
        ) : (
          <>
            <SimpleGrid cols={GRID_COLS} style={{ opacity: catalog.isPlaceholderData ? 0.6 : 1 }}>
              {events.map((event) => (
                <EventCard key={event.id} event={event} categoryLabel={categoryLabel(event.category)} />
              ))}
            </SimpleGrid>
            {catalog.hasNextPage && (
              <Center>
                <Button
                  variant="default"
                  loading={catalog.isFetchingNextPage}
                  onClick={() => void catalog.fetchNextPage()}
                >
                  Show more events
                </Button>
              </Center>
            )}
          </>
        )}
      </Stack>
    </Container>
  );
}
