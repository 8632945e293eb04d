import { Alert, Text } from '@mantine/core';
import type { DoorVerdict } from './checkin.types';
import { usedAt } from './verdicts';

const LOOK = {
  admitted: { color: 'green', title: 'Admitted' },
  'already-used': { color: 'orange', title: 'Already used' },
  invalid: { color: 'red', title: 'Invalid ticket' },
  revoked: { color: 'red', title: 'Ticket revoked' },
} as const;

/** The answer to the last scan, announced to screen readers as it changes. */
export function DoorBanner({ verdict }: { verdict: DoorVerdict | undefined }) {
  if (!verdict) {
    return (
      <Text role="status" c="dimmed">
        Scan a ticket’s QR code, or find the attendee by name or booking number.
      </Text>
    );
  }
  const look = LOOK[verdict.kind];
  return (
    <Alert role="status" color={look.color} variant="filled" title={look.title}>
      {verdict.kind === 'admitted' && (
        <Text size="sm">
          {[verdict.attendeeName, verdict.seatLabel].filter(Boolean).join(' · ') || 'Valid ticket'}
          {verdict.offline ? ' (checked offline, will be uploaded)' : ''}
        </Text>
      )}
      {verdict.kind === 'already-used' && (
        <Text size="sm">
          {usedAt(verdict.firstUse)}
          {verdict.attendeeName ? ` · ${verdict.attendeeName}` : ''}
          {verdict.offline ? ' (on this device)' : ''}
        </Text>
      )}
      {(verdict.kind === 'invalid' || verdict.kind === 'revoked') && <Text size="sm">{verdict.detail}</Text>}
    </Alert>
  );
}
