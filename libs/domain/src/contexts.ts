import { accountsContext } from './accounts';
import { bookingContext } from './booking';
import { catalogContext } from './catalog';
import { checkinContext } from './checkin';
import { groupRequestsContext } from './group-requests';
import { categoriesContext } from './categories';
import { inventoryContext } from './inventory';
import { invoicingContext } from './invoicing';
import { promotionsContext } from './promotions';
import { reconciliationContext } from './reconciliation';
import type { EventSchema } from './kernel';
import { ticketMailContext } from './ticket-mail';
import { walletContext } from './wallet';
import { webhooksContext } from './webhooks';

/**
 * The one registry of bounded contexts: every stream category the system writes, with its decider
 * and schema. The command pipeline runs these models and the read side upcasts with these schemas,
 * so a new context (or stream category) is added here once.
 */
export const CONTEXTS = [
  catalogContext,
  inventoryContext,
  accountsContext,
  categoriesContext,
  bookingContext,
  promotionsContext,
  ticketMailContext,
  checkinContext,
  groupRequestsContext,
  webhooksContext,
  invoicingContext,
  reconciliationContext,
  walletContext,
] as const;

/** Every schema of the registry, once (the accounts context's three categories share one). */
export const CONTEXT_SCHEMAS: readonly EventSchema[] = [
  ...new Set(CONTEXTS.flatMap((context) => context.streams.map((stream) => stream.schema))),
];
