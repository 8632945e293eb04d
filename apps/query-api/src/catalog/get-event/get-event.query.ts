import type { Actor } from '@booking/domain';

export class GetEventQuery {
  constructor(
    readonly eventId: string,
    readonly viewer: Actor | undefined,
  ) {}
}
