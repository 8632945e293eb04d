import { RequestCommand } from '../../http/request-command';
import type { CreateEventRequest } from './create-event.request';

/** The request as sent: the handler sanitizes it into CreateEvent's data and adds the allowed categories. */
export type CreateEventResult = { eventId: string; position: bigint };

export class CreateEventCommand extends RequestCommand<CreateEventRequest, CreateEventResult> {}
