import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { Door } from '../shared/door';
import { type BatchScanOutcome, refusedScan, scanOutcome } from './batch-outcome';
import { CheckInBatchCommand, type CheckInBatchResult } from './check-in-batch.command';

/**
 * An offline scanner's upload: each scan is decided as it would have been online, in upload
 * order (the decider orders two uses of a ticket by device time). An event the caller may not
 * scan at refuses the whole batch (404); anything else is a per-scan answer.
 */
@CommandHandler(CheckInBatchCommand)
export class CheckInBatchHandler implements ICommandHandler<CheckInBatchCommand> {
  constructor(private readonly door: Door) {}

  async execute({ data, context }: CheckInBatchCommand): Promise<CheckInBatchResult> {
    await this.door.mayScan(data.eventId, context);
    const scans: BatchScanOutcome[] = [];
    let position = 0n;
    for (const scan of data.scans) {
      try {
        // One tag per scan: several scans are several commands on the event's one stream, and a
        // tag names one command (under the request's tag alone, the second scan would replay the first).
        const perScan = context.idempotencyTag
          ? { ...context, idempotencyTag: `${context.idempotencyTag}:scan:${scan.nonce}` }
          : context;
        const answer = await this.door.scan(data.eventId, scan, perScan);
        if (answer.position > position) position = answer.position;
        scans.push(scanOutcome(scan.nonce, answer));
      } catch (error) {
        scans.push(refusedScan(scan.nonce, error));
      }
    }
    return { scans, doubleUses: scans.filter((s) => s.status === 'double-use').length, position };
  }
}
