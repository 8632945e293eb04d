import type { EventImage, RemoveEventImage } from '@booking/domain';
import { RequestCommand } from '../../http/request-command';

/** The image bytes as sent: the handler stores them (variants through the media library) and adds the image. */
export type AddEventImageData = { eventId: string; bytes: Buffer; role: EventImage['role']; alt: string };
export type AddEventImageResult = {
  imageId: string;
  variants: { name: string; url: string; width: number; height: number }[];
  position: bigint;
};
export type RemoveEventImageResult = { position: bigint };

export class AddEventImageCommand extends RequestCommand<AddEventImageData, AddEventImageResult> {}
export class RemoveEventImageCommand extends RequestCommand<RemoveEventImage['data'], RemoveEventImageResult> {}
