import { Query } from '@nestjs/cqrs';
import type { ProvidersView } from '../accounts.views';

export class ProvidersQuery extends Query<ProvidersView> {}
