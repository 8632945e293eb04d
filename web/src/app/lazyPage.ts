import { type ComponentType, lazy } from 'react';

type PageModule = { default: ComponentType };

/**
 * A route's page, fetched with its code the first time it is shown, so the catalog (the first page
 * most visitors see) does not download the seating editor, organizer and admin screens. It arrives
 * together with its Mantine styles, by default every one of them: the first paint carries only what
 * the shell and the catalog use (`first-paint-styles.ts`); the event page brings its own subset.
 *
 * `preload()` fetches it ahead; once it is in, the page renders at once instead of suspending (its
 * loader answers synchronously), so a screen the server prerendered is not replaced by a spinner.
 */
export function lazyPage<M, K extends keyof M>(
  load: () => Promise<M>,
  name: K,
  styles: () => Promise<unknown> = () => import('./all-styles'),
) {
  let loaded: PageModule | undefined;
  let loading: Promise<PageModule> | undefined;
  const preload = () =>
    (loading ??= Promise.all([load(), styles()]).then(([module]) => {
      loaded = { default: module[name] as ComponentType };
      return loaded;
    }));
  const Page = lazy(() => (loaded ? resolved(loaded) : preload()));
  return Object.assign(Page, { preload });
}

/** A thenable that calls back at once: React.lazy then renders the module in the same pass. */
function resolved(module: PageModule): Promise<PageModule> {
  const thenable = {
    status: 'fulfilled',
    value: module,
    then: (onFulfilled: (value: PageModule) => unknown) => onFulfilled(module),
  };
  return thenable as unknown as Promise<PageModule>;
}
