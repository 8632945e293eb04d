import { Inject, Injectable } from '@nestjs/common';
import { accountModel, readState } from '@booking/command-pipeline';
import { emailStreamKey } from './email-key';
import type { AccountState } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';

/** Write-side lookups: the e-mail claim stream and the account stream (never a read model). */
@Injectable()
export class AccountDirectory {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async userIdFor(email: string): Promise<string | undefined> {
    const [claim] = await this.store.readStream(`email-${emailStreamKey(email)}`, { maxCount: 1 });
    return (claim?.data as { userId?: string } | undefined)?.userId;
  }

  async account(userId: string): Promise<AccountState> {
    return readState(this.store, accountModel, userId);
  }
}
