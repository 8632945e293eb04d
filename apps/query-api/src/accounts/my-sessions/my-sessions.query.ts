import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '@booking/platform';
import type { SessionsView } from '../accounts.views';

export class MySessionsQuery extends Query<SessionsView> {
  /** `viewer`: its session is marked `current`. */
  constructor(readonly args: Readonly<{ viewer: AuthenticatedActor }>) {
    super();
  }
}
