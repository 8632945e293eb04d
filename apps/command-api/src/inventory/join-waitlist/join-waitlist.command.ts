import type { JoinWaitlist } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** What the request gives; the handler mints the entry id and reads the event's rules and sections. */
export type JoinWaitlistData = Pick<JoinWaitlist['data'], 'eventId' | 'quantity' | 'sectionId'>;
export type JoinWaitlistResult = {
  entryId: string;
  eventId: string;
  quantity: number;
  sectionId?: string;
  /** 1: first in the queue of its partition. */
  place: number;
  position: bigint;
};

export class JoinWaitlistCommand extends RequestCommand<JoinWaitlistData, JoinWaitlistResult> {}
