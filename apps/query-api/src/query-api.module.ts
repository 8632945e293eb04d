import { type DynamicModule, Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { CqrsModule } from '@nestjs/cqrs';
import { CatalogSearchCache } from '@booking/catalog-search';
import { APP_CONFIG, type AppConfig } from '@booking/platform';
import { AdminUsersController } from './accounts/admin-users/admin-users.controller';
import { MeController } from './accounts/me/me.controller';
import { ProvidersController } from './accounts/providers/providers.controller';
import { MySessionsController } from './accounts/my-sessions/my-sessions.controller';
import { ApprovalChangesController } from './catalog/approval-changes/approval-changes.controller';
import { ApprovalChangesHandler } from './catalog/approval-changes/approval-changes.handler';
import { OrganizerEventsController } from './catalog/organizer-events/organizer-events.controller';
import { GetEventController } from './catalog/get-event/get-event.controller';
import { GetEventHandler } from './catalog/get-event/get-event.handler';
import { GetSeatingPlanController } from './catalog/get-seating-plan/get-seating-plan.controller';
import { GetSeatsController } from './inventory/get-seats/get-seats.controller';
import { ListEventsController } from './catalog/list-events/list-events.controller';
import { ListEventsHandler } from './catalog/list-events/list-events.handler';
import { ListCategoriesController } from './categories/list-categories/list-categories.controller';
import { TagSuggestionsController } from './catalog/tag-suggestions/tag-suggestions.controller';
import { ConsistencyInterceptor } from './http/consistency.interceptor';
import { ReadModels } from './http/read-models';
import { GetAvailabilityController } from './inventory/get-availability/get-availability.controller';
import { GetAvailabilityHandler } from './inventory/get-availability/get-availability.handler';
import { MyHoldsController } from './inventory/my-holds/my-holds.controller';
import { MyHoldsHandler } from './inventory/my-holds/my-holds.handler';
import { LiveAvailability } from './inventory/stream-availability/live-availability.service';
import { StreamAvailabilityController } from './inventory/stream-availability/stream-availability.controller';

const httpControllers = [
  OrganizerEventsController,
  ApprovalChangesController,
  ProvidersController,
  MeController,
  MySessionsController,
  AdminUsersController,
  ListEventsController,
  GetEventController,
  GetAvailabilityController,
  GetSeatingPlanController,
  GetSeatsController,
  StreamAvailabilityController,
  MyHoldsController,
  ListCategoriesController,
  TagSuggestionsController,
];
const queryHandlers = [
  ListEventsHandler,
  GetEventHandler,
  GetAvailabilityHandler,
  MyHoldsHandler,
  ApprovalChangesHandler,
];

/** Serves the read models, live updates (SSE) and read-your-writes waits. */
@Module({})
export class QueryApiModule {
  /** `projections`: the module that provides READ_MODEL_DIRECTORY (run here, or read from a shared store). */
  static register(projections: DynamicModule): DynamicModule {
    return {
      module: QueryApiModule,
      imports: [CqrsModule.forRoot(), projections],
      controllers: httpControllers,
      providers: [
        ...queryHandlers,
        ReadModels,
        LiveAvailability,
        {
          provide: CatalogSearchCache,
          inject: [APP_CONFIG],
          useFactory: (config: AppConfig) =>
            new CatalogSearchCache({
              maxEntries: config.catalogCache.entries,
              maxStaleMs: config.catalogCache.maxStaleMs,
            }),
        },
        { provide: APP_INTERCEPTOR, useClass: ConsistencyInterceptor },
      ],
    };
  }
}
