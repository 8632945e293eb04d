import { accountsContext } from './accounts';
import { catalogContext } from './catalog';
import { categoriesContext } from './categories';
import { inventoryContext } from './inventory';

/**
 * The one registry of bounded contexts: every stream category the system writes, with its decider
 * and schema. The command pipeline runs these models and the read side upcasts with these schemas,
 * so a new context (or stream category) is added here once.
 */
export const CONTEXTS = [catalogContext, inventoryContext, accountsContext, categoriesContext] as const;
