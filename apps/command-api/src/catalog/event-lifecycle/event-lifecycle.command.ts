import type { RequestContext } from '../../http/command-context';

export type LifecycleStep = 'SubmitEvent' | 'WithdrawSubmission' | 'ApproveEvent' | 'RejectEvent' | 'CancelEvent';

export class ChangeEventStatusCommand {
  constructor(
    readonly step: LifecycleStep,
    readonly eventId: string,
    readonly reason: string | undefined,
    readonly context: RequestContext,
  ) {}
}
export type ChangeEventStatusResult = { eventId: string; position: bigint; status: string };
