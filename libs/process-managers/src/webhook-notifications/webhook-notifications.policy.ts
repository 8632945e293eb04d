import { bookingModel, catalogModel, webhookDeliveryModel, webhookEndpointsModel } from '@booking/command-pipeline';
import { WEBHOOK_MAX_ATTEMPTS } from '@booking/domain';
import { definePolicy } from '../policy';
import { NOTIFIED_EVENTS, deliveryIdOf, webhookNotification } from './webhook-notification';

/**
 * Booking and payment events → a delivery per endpoint of the event's organizer that asked for
 * that type (enabled ones). The organizer is the catalog's, read on the write side, so nobody
 * hears of another organizer's events. Sending is the projector's (WebhookSender): each delivery
 * stream records its attempts, and the schedule lives in the log, so a restart resumes it.
 */
export const webhookNotifications = definePolicy({
  id: 'policy:webhook-notifications',
  on: NOTIFIED_EVENTS,
  async handle(event, { read, execute }) {
    const booking = await read(bookingModel, event.data.bookingId);
    if (booking.status === 'none') return;
    const catalogEvent = await read(catalogModel, booking.eventId);
    if (catalogEvent.status === 'none') return;
    const { organizerId } = catalogEvent;
    const { endpoints } = await read(webhookEndpointsModel, organizerId);
    const notification = webhookNotification(event, booking);
    for (const endpoint of Object.values(endpoints)) {
      if (!endpoint.enabled || !endpoint.eventTypes.includes(notification.type)) continue;
      // Registered (or enabled again) after the event: a replay of the log (every standalone start
      // replays policies from 0) never sends an endpoint what happened before it was listening.
      if (event.occurredAt && event.occurredAt < endpoint.deliversSince) continue;
      const deliveryId = deliveryIdOf(endpoint.endpointId, event.id);
      await execute(webhookDeliveryModel, deliveryId, {
        type: 'ScheduleWebhookDelivery',
        data: {
          deliveryId,
          endpointId: endpoint.endpointId,
          organizerId,
          notification,
          maxAttempts: WEBHOOK_MAX_ATTEMPTS,
        },
      });
    }
  },
});
