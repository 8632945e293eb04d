import type { ReconciliationEvent } from './reconciliation.events';

export type ReconciliationState =
  | Readonly<{ status: 'none' }>
  | Readonly<{ status: 'recorded'; reconciliationId: string; provider: string; from: string; to: string }>;

export const initialReconciliationState = (): ReconciliationState => ({ status: 'none' });

export function evolveReconciliation(_state: ReconciliationState, event: ReconciliationEvent): ReconciliationState {
  const { reconciliationId, provider, from, to } = event.data;
  return { status: 'recorded', reconciliationId, provider, from, to };
}
