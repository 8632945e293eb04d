import type { ClearSeatingPlan, SetSeatingPlan } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** The plan as sent: the handler adds what buyers hold (`sold`), read just before the decision. */
export type SetSeatingPlanData = Omit<SetSeatingPlan['data'], 'sold'>;
export type SetSeatingPlanResult = {
  planVersion: number;
  capacity: number;
  status: string;
  position: bigint;
  revision: bigint;
};
export type ClearSeatingPlanResult = { status: string; position: bigint; revision: bigint };

export class SetSeatingPlanCommand extends RequestCommand<SetSeatingPlanData, SetSeatingPlanResult> {}
export class ClearSeatingPlanCommand extends RequestCommand<ClearSeatingPlan['data'], ClearSeatingPlanResult> {}
