import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDebouncedValue } from '@mantine/hooks';
import { categoryKeys, fetchTagSuggestions } from './categories.api';

/** Tags other published events use that start with what is being typed (debounced), most used first. */
export function useTagSuggestions(typed: string) {
  const [prefix] = useDebouncedValue(typed.trim().toLowerCase(), 200);
  return useQuery({
    queryKey: categoryKeys.tags(prefix),
    queryFn: ({ signal }) => fetchTagSuggestions(prefix, signal),
    staleTime: 60_000,
    placeholderData: keepPreviousData,
  });
}
