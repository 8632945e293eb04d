import type { CreateEvent } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** The draft as the organizer gave it: the handler names the event, sanitizes the description and adds the allowed categories. */
export type CreateEventData = Omit<CreateEvent['data'], 'eventId' | 'allowedCategories'>;
export type CreateEventResult = { eventId: string; position: bigint };

export class CreateEventCommand extends RequestCommand<CreateEventData, CreateEventResult> {}
