import type { UpdateEventDetails } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** The changes as sent: the handler sanitizes the description and adds the allowed categories. */
export type EditEventData = Omit<UpdateEventDetails['data'], 'allowedCategories'>;
export type EditEventResult = { changed: boolean; status: string; position: bigint; revision: bigint };

export class EditEventCommand extends RequestCommand<EditEventData, EditEventResult> {}
