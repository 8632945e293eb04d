import { describe, expect, it } from 'vitest';
import { bookingIdOf } from './payments.api';

describe('the 3-D Secure page', () => {
  it('shows the booking named by its return path, and no other', () => {
    expect(bookingIdOf('/bookings/0190b000-0000-7000-8000-000000000001')).toBe('0190b000-0000-7000-8000-000000000001');
    expect(bookingIdOf('/me/bookings')).toBeUndefined();
    expect(bookingIdOf('/bookings/x/../../admin')).toBeUndefined();
  });
});
