import { Command } from '@nestjs/cqrs';
import type { RequestContext } from './command-context';

/**
 * The one shape of a use case's command: the domain command's data (as libs/domain types it, or
 * the part of it the request gives; the handler completes the rest) and the request's context.
 * One argument object, and the result type rides on `Command<Result>`, so
 * `commandBus.execute(new HoldSeatsCommand({ data, context }))` is typed without generics.
 */
export abstract class RequestCommand<Data, Result> extends Command<Result> {
  readonly data: Data;
  readonly context: RequestContext;

  constructor(input: Readonly<{ data: Data; context: RequestContext }>) {
    super();
    this.data = input.data;
    this.context = input.context;
  }
}
