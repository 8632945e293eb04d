import { RequestCommand } from '../../http/request-command';
import type { GroupRequestResult } from '../request-group-booking/request-group-booking.command';

export type DeclineGroupRequestData = Readonly<{ requestId: string; reason: string }>;

export class DeclineGroupRequestCommand extends RequestCommand<DeclineGroupRequestData, GroupRequestResult> {}
