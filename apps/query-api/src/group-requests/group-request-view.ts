import type { AccountDoc, GroupRequestDoc } from '@booking/projections';
import type { GroupRequestView, GroupRequestViewStatus } from './group-requests.views';

/** The most requests one answer lists. */
export const GROUP_REQUESTS_LIMIT = 200;

/** A request as the API shows it; an approval not spent by `validUntil` reads as expired. */
export function groupRequestView(
  doc: GroupRequestDoc,
  now: Date,
  eventTitle: string,
  requester?: Pick<AccountDoc, 'displayName' | 'email'>,
): GroupRequestView {
  const { _id, _position: _ignored, organizerId: _organizer, decidedBy: _by, ...rest } = doc;
  const expired =
    doc.status === 'approved' && doc.validUntil !== undefined && Date.parse(doc.validUntil) <= now.getTime();
  const status: GroupRequestViewStatus = expired ? 'expired' : doc.status;
  return {
    requestId: _id,
    ...rest,
    eventTitle,
    status,
    ...(requester ? { requesterName: requester.displayName, requesterEmail: requester.email } : {}),
  };
}
