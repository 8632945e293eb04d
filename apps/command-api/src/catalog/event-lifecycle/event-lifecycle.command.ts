import type { ApproveEvent, CancelEvent, RejectEvent, SubmitEvent, WithdrawSubmission } from '@booking/domain';
import type { CommandInput } from '@booking/command-pipeline';
import { RequestCommand } from '../../http/request-command';

/** One step of an event's review and life: the domain command itself (type and data). */
export type LifecycleChange = CommandInput<SubmitEvent | WithdrawSubmission | ApproveEvent | RejectEvent | CancelEvent>;
export type LifecycleStep = LifecycleChange['type'];
export type ChangeEventStatusResult = { eventId: string; position: bigint; status: string };

export class ChangeEventStatusCommand extends RequestCommand<LifecycleChange, ChangeEventStatusResult> {}
