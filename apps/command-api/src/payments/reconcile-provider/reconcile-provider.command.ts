import { RequestCommand } from '../../http/request-command';

export type ReconcileProviderData = Readonly<{ from: string; to: string; provider?: string }>;
export type ReconcileProviderResult = {
  reconciliationId: string;
  provider: string;
  /** How many records the provider gave for the period. */
  records: number;
  coveredFrom: string;
  truncated: boolean;
  position: bigint;
};

export class ReconcileProviderCommand extends RequestCommand<ReconcileProviderData, ReconcileProviderResult> {}
