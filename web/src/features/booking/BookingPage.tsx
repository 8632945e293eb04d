import { useEffect, useRef, useState } from 'react';
import { Anchor, Button, Container, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { Link, useLocation, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatDateTime, formatLongDateTime, formatMoney } from '../../lib/format';
import { copiesReader, savedCopiesOwner, useOnline } from '../../lib/saved-copies';
import { SignInPrompt, useSession } from '../auth';
import { useCountdown } from '../holds';
import { BookingInvoices } from '../invoices';
import { BookingStatusBadge } from './BookingStatusBadge';
import { bookingRef } from './booking-ref';
import { bookingStatusText, refundRequested, refundStatusText, ticketPlace, ticketRef } from './booking-status';
import type { Booking } from './booking.types';
import { CancelDialog } from './CancelDialog';
import { type CancelTarget, canCancelSingleTickets, cancelledBySentence, closedSentence } from './cancellation';
import { PaymentDeadline } from './PaymentDeadline';
import { PaymentForm } from './PaymentForm';
import { SavedBookingView } from './SavedBookingView';
import { saveBooking, useSavedBooking } from './saved-bookings';
import { type TicketChangeTarget, TicketChangeDialog } from './TicketChangeDialog';
import { TicketCodes } from './TicketCodes';
import { TicketList } from './TicketList';
import { useBooking } from './useBookings';
import { useCancellationQuote } from './useCancellationQuote';
import { useEventOf } from './useEventSummary';

/**
 * The booking's state in words, announced when it changes (payment confirmed, expired meanwhile),
 * and focused then: the payment form the focus was in is gone.
 */
function StatusPanel({ booking }: { booking: Booking }) {
  const ref = useRef<HTMLDivElement>(null);
  const first = useRef(booking.status);
  useEffect(() => {
    if (booking.status !== first.current) ref.current?.focus();
  }, [booking.status]);
  const text = bookingStatusText(booking.status);
  return (
    <Paper ref={ref} tabIndex={-1} withBorder p="md" radius="md" role="status" data-testid="booking-status-panel">
      <Stack gap={6}>
        <BookingStatusBadge booking={booking} />
        <Text size="sm">{text.detail}</Text>
        {booking.status === 'cancelled' && cancelledBySentence(booking) && (
          <Text size="sm">{cancelledBySentence(booking)}</Text>
        )}
        {booking.statusReason && (
          <Text size="sm">
            <Text span c="dimmed">
              Reason:
            </Text>{' '}
            {booking.statusReason}
          </Text>
        )}
        {booking.confirmedAt && (
          <Text size="sm">
            Confirmed on <time dateTime={booking.confirmedAt}>{formatDateTime(booking.confirmedAt)}</time>.
          </Text>
        )}
        {refundRequested(booking) &&
          booking.refunds.map((refund) => (
            <Text size="sm" key={refund.refundId} data-testid="refund-requested">
              A refund of {formatMoney(refund.amount.amount, refund.amount.currency)} was requested on{' '}
              <time dateTime={refund.requestedAt}>{formatDateTime(refund.requestedAt)}</time> ({refund.reason}).{' '}
              <Text span fw={600} size="sm" data-testid="refund-status">
                {refundStatusText(refund.status).label}:
              </Text>{' '}
              {refundStatusText(refund.status).detail}
            </Text>
          ))}
      </Stack>
    </Paper>
  );
}

function BookingDetails({ booking, refetch }: { booking: Booking; refetch: () => void }) {
  const event = useEventOf(booking.eventId).data;
  const secondsLeft = useCountdown(booking.paymentDeadline);
  const pending = booking.status === 'pending-payment';
  const awaitingExpiry = pending && secondsLeft === 0;
  // Past its deadline a pending booking is about to expire (the sweep runs every second): ask until it has.
  const refetchRef = useRef(refetch);
  refetchRef.current = refetch;
  useEffect(() => {
    if (!awaitingExpiry) return;
    refetchRef.current();
    const timer = window.setInterval(() => refetchRef.current(), 2_000);
    return () => window.clearInterval(timer);
  }, [awaitingExpiry]);
  const quote = useCancellationQuote(booking).data;
  // Kept on the device, to open offline (saved-bookings.ts).
  const userId = useSession().user?.id;
  useEffect(() => {
    if (userId) void saveBooking(userId, booking);
  }, [userId, booking]);
  const [target, setTarget] = useState<CancelTarget | null>(null);
  const [change, setChange] = useState<TicketChangeTarget | null>(null);
  const cancellable = booking.status === 'confirmed' || pending;
  const cancelSingle = canCancelSingleTickets(booking, quote);
  // Until the event starts (the server decides; this only hides what it would refuse).
  const changeable = booking.status === 'confirmed' && (!event || Date.parse(event.startsAt) > Date.now());
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Text>
          {event ? (
            <Anchor component={Link} to={`/events/${encodeURIComponent(booking.eventId)}`} fw={600}>
              {event.title}
            </Anchor>
          ) : (
            'Event'
          )}
          {event && (
            <>
              {' · '}
              <time dateTime={event.startsAt}>{formatLongDateTime(event.startsAt)}</time>
            </>
          )}
        </Text>
        <Text size="sm" c="dimmed">
          Booked by {booking.buyerName} ({booking.buyerEmail}) on{' '}
          <time dateTime={booking.placedAt}>{formatDateTime(booking.placedAt)}</time>
        </Text>
      </Stack>
      <StatusPanel booking={booking} />
      {pending && <PaymentDeadline deadline={booking.paymentDeadline} secondsLeft={secondsLeft} />}
      <TicketList
        tickets={booking.tickets}
        total={booking.total}
        heading={booking.status === 'confirmed' ? 'Your tickets' : 'Your order'}
        actionFor={
          changeable || cancelSingle
            ? (ticket) => {
                const label = `${ticketPlace(ticket)} (${ticketRef(ticket.ticketId)})`;
                return (
                  <>
                    {changeable && (
                      <>
                        <Button
                          size="compact-sm"
                          variant="light"
                          aria-label={`Transfer ticket ${label}`}
                          onClick={() => setChange({ kind: 'transfer', ticketId: ticket.ticketId, label })}
                        >
                          Transfer
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={`Reissue ticket ${label}`}
                          onClick={() => setChange({ kind: 'reissue', ticketId: ticket.ticketId, label })}
                        >
                          Reissue
                        </Button>
                      </>
                    )}
                    {cancelSingle && (
                      <Button
                        size="compact-sm"
                        variant="light"
                        color="red"
                        aria-label={`Cancel ticket ${label}`}
                        onClick={() => setTarget({ kind: 'ticket', ticketId: ticket.ticketId, label })}
                      >
                        Cancel ticket
                      </Button>
                    )}
                  </>
                );
              }
            : undefined
        }
      />
      {booking.status === 'confirmed' && <TicketCodes bookingId={booking.bookingId} />}
      {booking.status !== 'pending-payment' && booking.status !== 'expired' && (
        <BookingInvoices
          bookingId={booking.bookingId}
          expectOne={booking.status === 'confirmed' && booking.total.amount > 0}
        />
      )}
      {pending && <PaymentForm booking={booking} deadlinePassed={secondsLeft === 0} />}
      {cancellable && quote && (
        <Stack gap={4} align="flex-start">
          {quote.allowed ? (
            <Button variant="light" color="red" onClick={() => setTarget({ kind: 'booking' })}>
              Cancel booking
            </Button>
          ) : (
            <Text size="sm" c="dimmed" data-testid="cancellation-closed">
              {closedSentence(quote)}
            </Text>
          )}
        </Stack>
      )}
      <CancelDialog bookingId={booking.bookingId} target={target} quote={quote} onClose={() => setTarget(null)} />
      <TicketChangeDialog bookingId={booking.bookingId} target={change} onClose={() => setChange(null)} />
    </Stack>
  );
}

/** `/bookings/:bookingId`: status, tickets, total, the deadline and the payment form while it is pending. */
export function BookingPage() {
  const { bookingId = '' } = useParams();
  const { isSignedIn, user } = useSession();
  const booking = useBooking(bookingId);
  // Offline (no answer, or no session to ask with): the copy saved the last time it was open.
  const online = useOnline();
  const saved = useSavedBooking(copiesReader(user?.id ?? null, online, savedCopiesOwner()), bookingId).data;
  const unreachable =
    !online || !isSignedIn || (isProblem(booking.failureReason) && booking.failureReason.status === 0);
  const offlineCopy = booking.data === undefined && unreachable && saved ? saved : null;
  const shown = booking.data ?? offlineCopy?.booking.value;
  const ref = shown ? ` ${bookingRef(shown.bookingId)}` : '';
  // Arriving from the checkout, whose button had the focus: start reading here.
  const fromCheckout = (useLocation().state as { placed?: boolean } | null)?.placed === true;
  const heading = useRef<HTMLHeadingElement>(null);
  const loaded = booking.data !== undefined;
  useEffect(() => {
    if (fromCheckout && loaded) heading.current?.focus();
  }, [fromCheckout, loaded]);
  return (
    <Container size="md" px={0}>
      <title>{`Booking${ref} · Seatwise`}</title>
      <Stack gap="lg">
        <Title order={1} ref={heading} tabIndex={-1}>
          Booking{ref}
        </Title>
        {offlineCopy ? (
          <SavedBookingView saved={offlineCopy} />
        ) : !isSignedIn ? (
          <SignInPrompt action="see your booking" />
        ) : booking.isPending ? (
          <Stack aria-hidden="true">
            <Skeleton height={96} />
            <Skeleton height={160} />
          </Stack>
        ) : booking.isError ? (
          <ProblemAlert
            error={booking.error}
            title={
              isProblem(booking.error) && booking.error.status === 404
                ? 'No such booking'
                : 'Could not load the booking'
            }
            onRetry={() => void booking.refetch()}
          >
            <Anchor component={Link} to="/me/bookings" size="sm">
              Go to my bookings
            </Anchor>
          </ProblemAlert>
        ) : (
          <BookingDetails booking={booking.data} refetch={() => void booking.refetch()} />
        )}
      </Stack>
    </Container>
  );
}
