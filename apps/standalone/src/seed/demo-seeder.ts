import { Inject, Injectable, Logger } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { nothingSold } from '@booking/domain';
import { EVENT_STORE, type EventStore } from '@booking/event-store';
import { APP_CONFIG, type AppConfig, CLOCK, type Clock, DEMO_PERSONAS } from '@booking/platform';
import { DemoAccounts } from './demo-accounts';
import { DemoBookings } from './demo-bookings';
import {
  AddEventImageCommand,
  ChangeEventStatusCommand,
  CreateEventCommand,
  type LifecycleStep,
  PublishEventCommand,
} from '@booking/command-api';
import { DEMO_CATALOG } from './demo-catalog';
import { demoCover } from './demo-covers';
import { DEMO_LAYOUTS } from './demo-seating';

/** How long before an event that is over the seed put it on sale and booked it; when its doors opened. */
const SOLD_BEFORE_MS = 7 * 24 * 3_600_000;
const DOORS_OPEN_MS = 30 * 60_000;

type Step = [LifecycleStep | 'PublishEvent', 'organizer' | 'admin'];
const REVIEWED: Step[] = [
  ['SubmitEvent', 'organizer'],
  ['ApproveEvent', 'admin'],
];
const STEPS: Record<(typeof DEMO_CATALOG)[number]['status'], Step[]> = {
  draft: [],
  submitted: [['SubmitEvent', 'organizer']],
  rejected: [
    ['SubmitEvent', 'organizer'],
    ['RejectEvent', 'admin'],
  ],
  published: [...REVIEWED, ['PublishEvent', 'organizer']],
  cancelled: [...REVIEWED, ['PublishEvent', 'organizer'], ['CancelEvent', 'organizer']],
};

/**
 * Seeds the demo catalog (each event with a cover made by demo-covers.ts), and the demo attendee's
 * bookings (demo-bookings.ts), through the domain's own commands, so the log is real. Only into an
 * empty log. An event of the catalog that is over (days from now < 0) is seeded as of a week
 * before it, and its attendees' tickets are checked in at its door.
 */
@Injectable()
export class DemoSeeder {
  private readonly logger = new Logger('DemoSeeder');
  constructor(
    private readonly commands: CommandBus,
    private readonly pipeline: CommandPipeline,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: DemoAccounts,
    private readonly bookings: DemoBookings,
  ) {}

  async seedIfEmpty(): Promise<number> {
    if (!this.config.demoMode || (await this.store.headPosition()) > 0n) return 0;
    await this.accounts.seed();
    const organizer = DEMO_PERSONAS.organizer;
    const admin = DEMO_PERSONAS.admin;
    const today = this.clock.now();
    for (const event of DEMO_CATALOG) {
      const startsAt = new Date(
        Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + event.daysFromNow, event.hour),
      );
      // An event that is over was made, put on sale and booked a week before it: its commands are
      // decided as of then (the pipeline takes context.now over its clock), as they were for real.
      const at = startsAt <= today ? new Date(startsAt.getTime() - SOLD_BEFORE_MS) : undefined;
      const when = at ? { now: at } : {};
      const asOrganizer = {
        actor: { userId: organizer.id, roles: organizer.roles },
        correlationId: 'demo-seed',
        ...when,
      };
      const asAdmin = { actor: { userId: admin.id, roles: admin.roles }, correlationId: 'demo-seed', ...when };
      const priceTiers = [
        { id: 'standard', name: 'Standard', price: { amount: event.price, currency: 'EUR' } },
        ...(event.price > 0
          ? [{ id: 'reduced', name: 'Reduced', price: { amount: Math.round(event.price * 0.6), currency: 'EUR' } }]
          : []),
        ...(event.layout
          ? [{ id: 'premium', name: 'Premium', price: { amount: Math.round(event.price * 1.8), currency: 'EUR' } }]
          : []),
      ];
      const { title, description, category, venue, capacity } = event;
      const created = await this.commands.execute(
        new CreateEventCommand({
          data: {
            title,
            description,
            category,
            startsAt: startsAt.toISOString(),
            venue,
            capacity,
            details: { priceTiers, tags: [category, venue.city.toLowerCase()] },
          },
          context: asOrganizer,
        }),
      );
      if (event.layout) {
        await this.pipeline.execute(
          catalogModel,
          created.eventId,
          {
            type: 'SetSeatingPlan',
            data: { eventId: created.eventId, plan: DEMO_LAYOUTS[event.layout](), sold: nothingSold() },
          },
          asOrganizer,
        );
      }
      // A cover, so the catalog looks like a ticket shop (made here, through the upload's own command).
      await this.commands.execute(
        new AddEventImageCommand({
          data: {
            eventId: created.eventId,
            bytes: await demoCover(title, category),
            role: 'cover',
            alt: `Abstract ${category} artwork in the colours of ${title}`,
          },
          context: asOrganizer,
        }),
      );
      const steps = STEPS[event.status];
      for (const [step, who] of steps) {
        // The demo attendee's bookings are made while the event is on sale (before a cancellation).
        if (step === 'CancelEvent') await this.bookings.seedFor(title, created.eventId);
        if (step === 'PublishEvent')
          await this.commands.execute(
            new PublishEventCommand({
              data: { eventId: created.eventId },
              context: who === 'admin' ? asAdmin : asOrganizer,
            }),
          );
        else
          await this.commands.execute(
            new ChangeEventStatusCommand({
              data:
                step === 'RejectEvent' || step === 'CancelEvent'
                  ? {
                      type: step,
                      data: {
                        eventId: created.eventId,
                        reason:
                          step === 'RejectEvent'
                            ? 'Please add the screening licence'
                            : 'The harbour is closed for works',
                      },
                    }
                  : { type: step, data: { eventId: created.eventId } },
              context: who === 'admin' ? asAdmin : asOrganizer,
            }),
          );
      }
      if (event.status === 'published') {
        const placed = await this.bookings.seedFor(title, created.eventId, at);
        // Its door opened half an hour before the start, and the attendees who came were checked in.
        if (at) await this.bookings.checkIn(created.eventId, placed, new Date(startsAt.getTime() - DOORS_OPEN_MS));
      }
    }
    this.logger.log({ events: DEMO_CATALOG.length }, 'demo catalog seeded');
    return DEMO_CATALOG.length;
  }
}
