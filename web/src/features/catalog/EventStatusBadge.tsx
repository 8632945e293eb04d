import { Badge, VisuallyHidden } from '@mantine/core';
import type { EventStatus } from './catalog.types';
import { STATUS_COLORS, statusLabel } from './eventStatus';

/** The lifecycle state in words; "Status:" is read out so the badge makes sense on its own. */
export function EventStatusBadge({ status }: { status: EventStatus }) {
  return (
    <Badge color={STATUS_COLORS[status] ?? 'gray'} variant="light" style={{ flexShrink: 0 }}>
      <VisuallyHidden component="span">Status: </VisuallyHidden>
      {statusLabel(status)}
    </Badge>
  );
}
