import type { ChangeEventImageAlt, ReorderGallery } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

export type ImageChangeResult = { changed: boolean; position: bigint };

export class ReorderGalleryCommand extends RequestCommand<ReorderGallery['data'], ImageChangeResult> {}
export class ChangeImageAltCommand extends RequestCommand<ChangeEventImageAlt['data'], ImageChangeResult> {}
