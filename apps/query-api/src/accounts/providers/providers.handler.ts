import { type IQueryHandler, QueryHandler } from '@nestjs/cqrs';
import { configuredIdentityProviders } from '@booking/identity';
import { ProvidersQuery } from './providers.query';

/** The social-login buttons to show: configured providers only (read once: configuration does not change while running). */
@QueryHandler(ProvidersQuery)
export class ProvidersHandler implements IQueryHandler<ProvidersQuery> {
  private readonly items = configuredIdentityProviders(process.env).map((p) => ({ id: p.id, name: p.name }));

  execute() {
    return Promise.resolve({ items: this.items });
  }
}
