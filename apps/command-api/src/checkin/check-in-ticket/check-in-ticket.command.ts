import { RequestCommand } from '../../http/request-command';
import type { ScanAnswer, ScanInput } from '../shared/door';

export type CheckInTicketData = Readonly<{ eventId: string; scan: ScanInput }>;

export class CheckInTicketCommand extends RequestCommand<CheckInTicketData, ScanAnswer> {}
