import type { Decider } from '../kernel';
import type { CatalogCommand } from './catalog.commands';
import { decideCatalog } from './catalog.decide';
import type { CatalogEvent } from './catalog.events';
import { type CatalogState, evolveCatalog, initialCatalogState } from './catalog.state';

export const catalogDecider: Decider<CatalogState, CatalogCommand, CatalogEvent> = {
  initialState: initialCatalogState,
  decide: decideCatalog,
  evolve: evolveCatalog,
};
