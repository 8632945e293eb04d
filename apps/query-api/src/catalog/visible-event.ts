import { NotFoundException } from '@nestjs/common';
import type { Actor } from '@booking/domain';
import type { CatalogEventDoc } from '@booking/projections';
import type { ReadModels } from '../http/read-models';

/** The event's catalog document if the viewer may see it: published for everyone, others for their organizer and admins. */
export async function findVisibleEvent(
  readModels: ReadModels,
  eventId: string,
  viewer: Actor | undefined,
): Promise<CatalogEventDoc> {
  const doc = await readModels.findById<CatalogEventDoc>('catalog-events', eventId);
  const mayView =
    doc && (doc.status === 'published' || viewer?.userId === doc.organizerId || viewer?.roles.includes('admin'));
  // Drafts are invisible to others: the same 404 as an unknown id.
  if (!doc || !mayView) throw new NotFoundException(`Event ${eventId} not found`);
  return doc;
}
