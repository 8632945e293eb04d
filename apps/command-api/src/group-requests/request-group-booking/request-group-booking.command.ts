import { RequestCommand } from '../../http/request-command';

export type RequestGroupBookingData = Readonly<{ eventId: string; quantity: number; message: string }>;
export type GroupRequestResult = {
  requestId: string;
  eventId: string;
  quantity: number;
  status: 'pending' | 'approved' | 'declined' | 'used';
  validUntil?: string;
  position: bigint;
};

export class RequestGroupBookingCommand extends RequestCommand<RequestGroupBookingData, GroupRequestResult> {}
