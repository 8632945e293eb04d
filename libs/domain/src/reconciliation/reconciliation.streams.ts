export const RECONCILIATION_CATEGORY = 'reconciliation';
/** One stream per reconciliation run: the provider's statement finance compared with the ledger. */
export const reconciliationStream = (reconciliationId: string) => `${RECONCILIATION_CATEGORY}-${reconciliationId}`;
