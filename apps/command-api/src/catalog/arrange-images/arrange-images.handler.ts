import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { CommandPipeline, catalogModel } from '@booking/command-pipeline';
import { ChangeImageAltCommand, type ImageChangeResult, ReorderGalleryCommand } from './arrange-images.command';

@CommandHandler(ReorderGalleryCommand)
export class ReorderGalleryHandler implements ICommandHandler<ReorderGalleryCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ReorderGalleryCommand): Promise<ImageChangeResult> {
    const outcome = await this.pipeline.execute(catalogModel, data.eventId, { type: 'ReorderGallery', data }, context);
    return { changed: outcome.events.length > 0, position: outcome.position };
  }
}

@CommandHandler(ChangeImageAltCommand)
export class ChangeImageAltHandler implements ICommandHandler<ChangeImageAltCommand> {
  constructor(private readonly pipeline: CommandPipeline) {}

  async execute({ data, context }: ChangeImageAltCommand): Promise<ImageChangeResult> {
    const outcome = await this.pipeline.execute(
      catalogModel,
      data.eventId,
      { type: 'ChangeEventImageAlt', data },
      context,
    );
    return { changed: outcome.events.length > 0, position: outcome.position };
  }
}
