import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, DEMO_PERSONAS } from '@booking/platform';
import { DemoAccounts } from './demo-accounts';
import { CreateEventCommand, type CreateEventResult, PublishEventCommand } from '@booking/command-api';
import { DEMO_CATALOG } from './demo-catalog';

/** Seeds the demo catalog through the domain's own commands, so the log is real. Only into an empty log. */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');
  constructor(
    private readonly commands: CommandBus,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: DemoAccounts,
  ) {}

  async seedIfEmpty(): Promise<number> {
    if (!this.config.demoMode || (await this.store.headPosition()) > 0n) return 0;
    await this.accounts.seed();
    const organizer = DEMO_PERSONAS.organizer;
    const context = { actor: { userId: organizer.id, roles: organizer.roles }, correlationId: 'demo-seed' };
    const today = this.clock.now();
    for (const event of DEMO_CATALOG) {
      const startsAt = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + event.daysFromNow, event.hour),
      );
      const created = await this.commands.execute<CreateEventCommand, CreateEventResult>(
        new CreateEventCommand(
          {
            title: event.title,
            description: event.description,
            category: event.category,
            startsAt: startsAt.toISOString(),
            venue: event.venue,
            capacity: event.capacity,
          },
          context,
        ),
      );
      if (event.publish) await this.commands.execute(new PublishEventCommand(created.eventId, context));
    }
    this.logger.log({ events: DEMO_CATALOG.length }, 'demo catalog seeded');
    return DEMO_CATALOG.length;
  }
}
