import { Text } from '@mantine/core';
import { formatDuration, formatTime } from '../../lib/format';

/** "Pay by 20:14:05 (9:58 left)": the ticking part is hidden from screen readers, which would hear it every second. */
export function PaymentDeadline({ deadline, secondsLeft }: { deadline: string; secondsLeft: number }) {
  if (secondsLeft === 0) {
    return (
      <Text fw={600} c="var(--mantine-color-error)" data-testid="payment-deadline">
        The payment deadline passed at <time dateTime={deadline}>{formatTime(deadline)}</time>.
      </Text>
    );
  }
  return (
    <Text data-testid="payment-deadline">
      Pay by <time dateTime={deadline}>{formatTime(deadline)}</time>{' '}
      <Text span fw={600} aria-hidden="true" style={{ fontVariantNumeric: 'tabular-nums' }}>
        ({formatDuration(secondsLeft)} left)
      </Text>
    </Text>
  );
}
