import type { PayBookingResult } from '../../booking/pay-booking/pay-booking.command';
import { RequestCommand } from '../../http/request-command';

export type CompleteChallengeData = Readonly<{ intentId: string; outcome: 'pass' | 'fail' }>;
export type CompleteChallengeResult = Omit<PayBookingResult, 'nextAction'> & { returnUrl: string };

export class CompleteChallengeCommand extends RequestCommand<CompleteChallengeData, CompleteChallengeResult> {}
