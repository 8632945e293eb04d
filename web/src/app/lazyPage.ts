import { type ComponentType, lazy } from 'react';

/**
 * A route's page, fetched with its code the first time it is shown, so the catalog (the first page
 * most visitors see) does not download the seating editor, organizer and admin screens. It arrives
 * together with every Mantine style: the first paint carries only what the shell and the catalog
 * use (`first-paint-styles.ts`).
 */
export function lazyPage<M, K extends keyof M>(load: () => Promise<M>, name: K) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), import('./all-styles')]);
    return { default: module[name] as ComponentType };
  });
}
