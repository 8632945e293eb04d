import { type ComponentType, lazy } from 'react';

/**
 * A route's page, fetched with its code the first time it is shown, so the catalog (the first page
 * most visitors see) does not download the seating editor, organizer and admin screens. It arrives
 * together with its Mantine styles, by default every one of them: the first paint carries only what
 * the shell and the catalog use (`first-paint-styles.ts`); the event page brings its own subset.
 */
export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  styles: () => Promise<unknown> = () => import('./all-styles'),
) {
  return lazy(async () => {
    const [module] = await Promise.all([load(), styles()]);
    return { default: module[name] as ComponentType };
  });
}
