export const INVENTORY_CATEGORY = 'inventory';
export const inventoryStream = (eventId: string) => `${INVENTORY_CATEGORY}-${eventId}`;
