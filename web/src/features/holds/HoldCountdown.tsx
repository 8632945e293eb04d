import { Text } from '@mantine/core';
import { formatDuration, formatTime } from '../../lib/format';
import { useCountdown } from './useCountdown';

/** "Expires at 20:14:05 (in 9:58)" — the ticking part is not announced to screen readers every second. */
export function HoldCountdown({ expiresAt, size = 'sm' }: { expiresAt: string; size?: string }) {
  const seconds = useCountdown(expiresAt);
  if (seconds === 0) {
    return (
      <Text size={size} fw={600} c="var(--mantine-color-error)">
        Expired at <time dateTime={expiresAt}>{formatTime(expiresAt)}</time>
      </Text>
    );
  }
  return (
    <Text size={size}>
      Expires at <time dateTime={expiresAt}>{formatTime(expiresAt)}</time>{' '}
      <Text span fw={600} aria-hidden="true" style={{ fontVariantNumeric: 'tabular-nums' }}>
        (in {formatDuration(seconds)})
      </Text>
    </Text>
  );
}

export { useCountdown };
