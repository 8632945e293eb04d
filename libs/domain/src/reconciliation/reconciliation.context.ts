import { boundedContext, streamModel } from '../kernel';
import { reconciliationDecider } from './reconciliation.decider';
import { reconciliationSchema } from './reconciliation.events';
import { RECONCILIATION_CATEGORY } from './reconciliation.streams';

/** Finance's reconciliations of the ledger with the payment provider: one stream per run. */
export const reconciliationModel = streamModel(RECONCILIATION_CATEGORY, reconciliationDecider, reconciliationSchema);

export const reconciliationContext = boundedContext('reconciliation', [reconciliationModel]);
