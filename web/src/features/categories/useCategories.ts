import { useCallback } from 'react';
import { useQuery } from '@tanstack/react-query';
import { capitalize } from '../../lib/format';
import { categoryKeys, fetchCategories } from './categories.api';

/** The active categories (slug and label, A–Z by label), as organizers and visitors see them. */
export function useCategories() {
  return useQuery({
    queryKey: categoryKeys.list(false),
    queryFn: () => fetchCategories(false),
    staleTime: 5 * 60_000,
  });
}

/** slug → label; a category no longer listed (retired) still reads well from its slug. */
export function useCategoryLabel(): (slug: string) => string {
  const { data } = useCategories();
  return useCallback(
    (slug: string) => data?.find((c) => c.slug === slug)?.label ?? capitalize(slug.replace(/-/g, ' ')),
    [data],
  );
}
