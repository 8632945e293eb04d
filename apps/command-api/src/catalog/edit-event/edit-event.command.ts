import type { UpdateEventDetails } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';
import type { EventDetailsRequest } from '../event-details.request';

/** The changes as sent: the handler sanitizes the description and adds the allowed categories. */
export type EditEventData = Pick<UpdateEventDetails['data'], 'eventId'> & { changes: EventDetailsRequest };
export type EditEventResult = { changed: boolean; status: string; position: bigint; revision: bigint };

export class EditEventCommand extends RequestCommand<EditEventData, EditEventResult> {}
