import { RequestCommand } from '../../http/request-command';
import type { ScanAnswer, ScanInput } from '../shared/door';

export type CheckInManuallyData = Readonly<{ eventId: string; scan: ScanInput }>;

export class CheckInManuallyCommand extends RequestCommand<CheckInManuallyData, ScanAnswer> {}
