import type { DomainCommand } from '../kernel';
import type { Venue } from './catalog.events';

export type CreateEvent = DomainCommand<
  'CreateEvent',
  {
    eventId: string;
    title: string;
    description: string;
    category: string;
    startsAt: string;
    venue: Venue;
    capacity: number;
  }
>;
export type PublishEvent = DomainCommand<'PublishEvent', { eventId: string }>;

export type CatalogCommand = CreateEvent | PublishEvent;
