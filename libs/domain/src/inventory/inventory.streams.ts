export const INVENTORY_CATEGORY = 'inventory';

/** The id of an inventory partition's stream (after the category): the event, or the event and a section. */
export const inventoryPartitionId = (eventId: string, sectionId?: string) =>
  sectionId ? `${eventId}.${sectionId}` : eventId;

export const inventoryStream = (eventId: string, sectionId?: string) =>
  `${INVENTORY_CATEGORY}-${inventoryPartitionId(eventId, sectionId)}`;
