import { Query } from '@nestjs/cqrs';
import type { AuthenticatedActor } from '@booking/platform';
import type { SavedCardsView } from '../wallet.views';

export class MyPaymentMethodsQuery extends Query<SavedCardsView> {
  constructor(readonly args: Readonly<{ viewer: AuthenticatedActor }>) {
    super();
  }
}
