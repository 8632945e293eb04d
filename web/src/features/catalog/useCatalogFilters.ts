import { useCallback, useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '@mantine/hooks';
import { useSearchParams } from 'react-router';
import type { CatalogFilters } from './catalog.types';

/**
 * The catalog's filters live in the URL (?q=&category=) so they can be shared and survive reloads.
 * The search box keeps its own text and writes it to the URL after a short pause in typing.
 */
export function useCatalogFilters() {
  const [params, setParams] = useSearchParams();
  const q = params.get('q') ?? '';
  const category = params.get('category') ?? '';

  const [text, setText] = useState(q);
  const [debounced] = useDebouncedValue(text, 300);
  const written = useRef(q);

  const update = useCallback(
    (changes: Partial<CatalogFilters>) => {
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value);
            else next.delete(key);
          }
          return next;
        },
        { replace: true },
      );
    },
    [setParams],
  );

  // Typing → URL.
  useEffect(() => {
    const next = debounced.trim();
    if (next === written.current) return;
    written.current = next;
    update({ q: next });
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

  const clear = useCallback(() => {
    written.current = '';
    setText('');
    update({ q: '', category: '' });
  }, [update]);

  const filters: CatalogFilters = { q, category };
  return { filters, text, setText, submitSearch, setCategory, clear };
}
