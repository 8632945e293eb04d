import { keepPreviousData, useInfiniteQuery } from '@tanstack/react-query';
import { catalogKeys, fetchEvents, PAGE_SIZE } from './catalog.api';
import type { CatalogFilters } from './catalog.types';

/** Published events matching the filters, a page at a time. */
export function useCatalog(filters: CatalogFilters) {
  return useInfiniteQuery({
    queryKey: catalogKeys.list(filters),
    queryFn: ({ pageParam, signal }) => fetchEvents(filters, pageParam, signal),
    initialPageParam: 0,
    getNextPageParam: (last, pages) => {
      const loaded = pages.length * PAGE_SIZE;
      return loaded < last.total && last.items.length > 0 ? loaded : undefined;
    },
    placeholderData: keepPreviousData,
  });
}
