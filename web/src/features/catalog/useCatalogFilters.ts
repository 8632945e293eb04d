import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import { SORTS, type CatalogFilters, type CatalogSort } from './catalog.types';

/** Every query-string key the catalog owns (others in the URL are left alone). */
const KEYS = ['q', 'category', 'tags', 'from', 'to', 'city', 'priceMin', 'priceMax', 'available', 'sort'] as const;
type FilterKey = (typeof KEYS)[number];
export type FilterChanges = Partial<Record<FilterKey, string>>;

const isSort = (value: string | null): value is CatalogSort => SORTS.some((sort) => sort === value);

/** The filters a query string asks for (every one unset: the default catalog). */
export function readFilters(params: URLSearchParams): CatalogFilters {
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? '',
    category: params.get('category') ?? '',
    tags: (params.get('tags') ?? '')
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    city: params.get('city') ?? '',
    priceMin: params.get('priceMin') ?? '',
    priceMax: params.get('priceMax') ?? '',
    available: params.get('available') === 'true',
    sort: isSort(sort) ? sort : 'date',
  };
}

/**
 * The catalog's filters live in the URL (?q=&category=&tags=&from=&to=&city=&priceMin=&priceMax=&available=&sort=)
 * so they can be shared and survive reloads; each filter change is a history entry, so Back undoes it.
 * The search box keeps its own text and writes it to the URL (replacing the entry) after a short pause in typing.
 */
export function useCatalogFilters() {
  const [params, setParams] = useSearchParams();
  const search = params.toString();
  // Stable while the query string is unchanged, so it can key the query.
  const filters = useMemo(() => readFilters(new URLSearchParams(search)), [search]);
  const { q } = filters;

  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);
  const written = useRef(q);

  const update = useCallback(
    (changes: FilterChanges, replace = false) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace },
      );
    },
    [setParams],
  );

  // Typing → URL.
  useEffect(() => {
    const next = debounced.trim();
    if (next === written.current) return;
    written.current = next;
    update({ q: next }, true);
  }, [debounced, update]);

  // URL changed elsewhere (back/forward, "Clear filters") → search box.
  useEffect(() => {
    if (q === written.current) return;
    written.current = q;
    setText(q);
  }, [q]);

  const submitSearch = useCallback(() => {
    const next = text.trim();
    written.current = next;
    update({ q: next });
  }, [text, update]);

  const setCategory = useCallback((value: string) => update({ category: value }), [update]);

  const setFilters = useCallback((changes: FilterChanges) => update(changes), [update]);

  const clear = useCallback(() => {
    written.current = '';
    setText('');
    update(Object.fromEntries(KEYS.map((key) => [key, ''])));
  }, [update]);

  /** Something narrows the list (sorting does not). */
  const filtered = KEYS.some((key) => key !== 'sort' && Boolean(params.get(key)));
  /** Anything "Clear filters" would reset. */
  const active = filtered || Boolean(params.get('sort'));

  return { filters, filtered, active, text, setText, submitSearch, setCategory, setFilters, clear };
}
