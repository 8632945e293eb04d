import { RequestCommand } from '../../http/request-command';
import type { ScanInput } from '../shared/door';
import type { BatchScanOutcome } from './batch-outcome';

export type CheckInBatchData = Readonly<{ eventId: string; scans: readonly ScanInput[] }>;
export type CheckInBatchResult = { scans: BatchScanOutcome[]; doubleUses: number; position: bigint };

export class CheckInBatchCommand extends RequestCommand<CheckInBatchData, CheckInBatchResult> {}
