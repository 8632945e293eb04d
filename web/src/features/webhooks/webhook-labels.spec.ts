import { describe, expect, it } from 'vitest';
import { describeAttempt, eventTypeLabel, lastAttempt, urlProblem } from './webhook-labels';

describe('webhook labels', () => {
  it('names known event types and passes unknown ones through', () => {
    expect(eventTypeLabel('booking.confirmed')).toBe('Booking confirmed');
    expect(eventTypeLabel('future.thing')).toBe('future.thing');
  });

  it('describes an attempt by its answer, or its error', () => {
    expect(describeAttempt({ attempt: 1, at: '', durationMs: 35, statusCode: 200, ok: true })).toBe(
      'HTTP 200 in 35 ms',
    );
    expect(
      describeAttempt({ attempt: 2, at: '', durationMs: 10000, error: 'timed out after 10000 ms', ok: false }),
    ).toBe('No answer in 10000 ms — timed out after 10000 ms');
  });

  it('finds the last attempt', () => {
    const base = { deliveryId: 'd', endpointId: 'e', notificationId: 'n', notificationType: 't', body: '{}' };
    const times = { createdAt: '', updatedAt: '' };
    expect(lastAttempt({ ...base, ...times, status: 'pending', attemptCount: 0, attempts: [] })).toBeUndefined();
    const attempts = [1, 2].map((attempt) => ({ attempt, at: '', durationMs: 1, ok: attempt === 2 }));
    expect(lastAttempt({ ...base, ...times, status: 'delivered', attemptCount: 2, attempts })?.attempt).toBe(2);
  });

  it('asks for a full http(s) URL before sending', () => {
    expect(urlProblem('')).toMatch(/Enter the URL/);
    expect(urlProblem('hooks.example.com')).toMatch(/full URL/);
    expect(urlProblem('ftp://hooks.example.com')).toMatch(/https/);
    expect(urlProblem('https://hooks.example.com/booking')).toBeUndefined();
  });
});
