import { useState, type FormEvent } from 'react';
import {
  Anchor,
  Button,
  Checkbox,
  Container,
  Fieldset,
  Group,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { Link, useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatLongDateTime, formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import { accessFor, tiersWithAccess } from '../access';
import { SignInPrompt, useSession, VerifyEmailNotice } from '../auth';
import type { PriceTier } from '../catalog';
import { type Hold, HoldCountdown, holdRef, useMyHolds } from '../holds';
import { ticketPlace } from './booking-status';
import { buildCheckout, checkoutErrors, type HoldChoice } from './checkout';
import { CheckoutSummary } from './CheckoutSummary';
import { usePlaceBooking } from './useBookingMutations';
import { useEventOf } from './useEventSummary';
import { type InvoiceAddressErrors, emptyInvoiceAddress, invoiceAddressOf } from './invoice-address';
import { InvoiceAddressFields } from './InvoiceAddressFields';

/** "Stalls, row B, seat 12" per seat, or "Place 1", "Place 2" for standing and unseated holds. */
const placesOf = (hold: Hold) =>
  hold.seatIds?.length
    ? hold.seatIds.map((seatId) => ticketPlace({ seatId }))
    : Array.from({ length: hold.quantity }, (_, i) => `Place ${i + 1}`);

function HoldFields({
  hold,
  choice,
  tiers,
  onChange,
}: {
  hold: Hold;
  choice: HoldChoice;
  /** The event's tiers when the buyer picks one (no seating plan, several tiers); else none. */
  tiers: PriceTier[];
  onChange: (choice: HoldChoice) => void;
}) {
  const places = placesOf(hold);
  const what = `${hold.quantity} ${hold.quantity === 1 ? 'place' : 'places'}`;
  const where = hold.sectionId && !hold.seatIds?.length ? ` in ${ticketPlace({ sectionId: hold.sectionId })}` : '';
  return (
    <Paper withBorder p="md" radius="md" component="li">
      <Stack gap="xs">
        <Checkbox
          label={`Hold ${holdRef(hold.holdId)}: ${what}${where}`}
          checked={choice.include}
          onChange={(e) => onChange({ ...choice, include: e.currentTarget.checked })}
        />
        <HoldCountdown expiresAt={hold.expiresAt} />
        {choice.include && tiers.length > 1 && (
          <NativeSelect
            label={`Price tier for hold ${holdRef(hold.holdId)}`}
            value={choice.tierId ?? tiers[0]?.id}
            onChange={(e) => onChange({ ...choice, tierId: e.currentTarget.value })}
            data={tiers.map((t) => ({
              value: t.id,
              label: `${t.name} · ${formatMoney(t.price.amount, t.price.currency)}`,
            }))}
            maw={360}
          />
        )}
        {choice.include &&
          places.map((place, i) => (
            <Group key={place} gap="sm" align="flex-start">
              <TextInput
                label={`Attendee name for ${place} (optional)`}
                value={choice.attendeeNames[i] ?? ''}
                onChange={(e) => {
                  const attendeeNames = [...choice.attendeeNames];
                  attendeeNames[i] = e.currentTarget.value;
                  onChange({ ...choice, attendeeNames });
                }}
                maxLength={100}
                autoComplete="off"
                maw={360}
              />
              <TextInput
                type="email"
                label={`Attendee e-mail for ${place} (optional)`}
                description="They get their own ticket by mail"
                value={choice.attendeeEmails?.[i] ?? ''}
                onChange={(e) => {
                  const attendeeEmails = [...(choice.attendeeEmails ?? [])];
                  attendeeEmails[i] = e.currentTarget.value;
                  onChange({ ...choice, attendeeEmails });
                }}
                maxLength={254}
                autoComplete="off"
                maw={360}
              />
            </Group>
          ))}
      </Stack>
    </Paper>
  );
}

function CheckoutForm({ eventId, holds, tiers }: { eventId: string; holds: Hold[]; tiers: PriceTier[] }) {
  const { user } = useSession();
  const navigate = useNavigate();
  const place = usePlaceBooking();
  const [choices, setChoices] = useState<Record<string, HoldChoice>>({});
  const [buyer, setBuyer] = useState({ name: user?.displayName ?? '', email: user?.email ?? '' });
  const [errors, setErrors] = useState<ReturnType<typeof checkoutErrors>>({});
  // An access code applied on the event page is the checkout's code (it unlocks tiers, and is counted).
  const [invoiceAddress, setInvoiceAddress] = useState(() => emptyInvoiceAddress(user?.displayName ?? ''));
  const [addressErrors, setAddressErrors] = useState<InvoiceAddressErrors>({});
  const [promoCode, setPromoCode] = useState<string | undefined>(() => accessFor(eventId)?.code);
  const mustVerify =
    isProblem(place.error) && place.error.status === 403 && place.error.code === 'accounts.email-not-verified';
  const choiceOf = (hold: Hold): HoldChoice => choices[hold.holdId] ?? { include: true, attendeeNames: [] };
  // Tiers are the buyer's pick only where no seating plan decides (a hold without a section).
  const tiersFor = (hold: Hold) => (hold.sectionId ? [] : tiers);

  const withTiers = Object.fromEntries(
    holds.map((hold) => {
      const choice = choiceOf(hold);
      const pickable = tiersFor(hold);
      return [hold.holdId, pickable.length > 1 ? { ...choice, tierId: choice.tierId ?? pickable[0]?.id } : choice];
    }),
  );
  const picked = buildCheckout(eventId, holds, withTiers, buyer).holds;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { address, errors: addressProblems } = invoiceAddressOf(invoiceAddress);
    const checkout = {
      ...buildCheckout(eventId, holds, withTiers, buyer),
      ...(promoCode ? { promoCode } : {}),
      ...(address ? { invoiceAddress: address } : {}),
    };
    const problems = checkoutErrors(checkout);
    setErrors(problems);
    setAddressErrors(addressProblems);
    if (Object.keys(problems).length > 0 || Object.keys(addressProblems).length > 0) return;
    place.mutate(
      { checkout, idempotencyKey: newId() },
      {
        // The booking page takes the focus (this form and its button are gone).
        onSuccess: (placed) =>
          void navigate(`/bookings/${encodeURIComponent(placed.bookingId)}`, { state: { placed: true } }),
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Fieldset legend="Your seats" variant="unstyled">
          <Stack gap="sm" component="ul" m={0} p={0} style={{ listStyle: 'none' }}>
            {holds.map((hold) => (
              <HoldFields
                key={hold.holdId}
                hold={hold}
                choice={choiceOf(hold)}
                tiers={tiersFor(hold)}
                onChange={(choice) => setChoices((all) => ({ ...all, [hold.holdId]: choice }))}
              />
            ))}
          </Stack>
          {errors.holds && (
            <Text size="sm" c="var(--mantine-color-error)" role="alert" mt="xs">
              {errors.holds}
            </Text>
          )}
        </Fieldset>
        <Fieldset legend="Buyer" variant="unstyled">
          <Stack gap="sm">
            <TextInput
              label="Name"
              value={buyer.name}
              onChange={(e) => setBuyer({ ...buyer, name: e.currentTarget.value })}
              error={errors.name ?? (isProblem(place.error) ? place.error.fieldMessage('buyer.name') : undefined)}
              autoComplete="name"
              maxLength={100}
              required
              maw={360}
            />
            <TextInput
              label="E-mail"
              type="email"
              value={buyer.email}
              onChange={(e) => setBuyer({ ...buyer, email: e.currentTarget.value })}
              error={errors.email ?? (isProblem(place.error) ? place.error.fieldMessage('buyer.email') : undefined)}
              autoComplete="email"
              maxLength={254}
              required
              maw={360}
            />
          </Stack>
        </Fieldset>
        <Fieldset legend="Invoice" variant="unstyled">
          <InvoiceAddressFields value={invoiceAddress} errors={addressErrors} onChange={setInvoiceAddress} />
        </Fieldset>
        <CheckoutSummary eventId={eventId} holds={picked} promoCode={promoCode} onApplied={setPromoCode} />
        <Text size="sm" c="dimmed">
          You pay on the next page, before the payment deadline.
        </Text>
        {mustVerify ? (
          <VerifyEmailNotice />
        ) : (
          <div>
            <Button type="submit" loading={place.isPending}>
              Book and go to payment
            </Button>
          </div>
        )}
        {place.isError && !mustVerify && <ProblemAlert error={place.error} title="Could not book" />}
      </Stack>
    </form>
  );
}

/** `/events/:eventId/checkout`: the caller's active holds of one event → a booking pending payment. */
export function CheckoutPage() {
  const { eventId = '' } = useParams();
  const { isSignedIn } = useSession();
  const event = useEventOf(eventId);
  const holds = useMyHolds();
  const mine = (holds.data?.pages ?? [])
    .flatMap((page) => page.items)
    .filter((h) => h.eventId === eventId && h.status === 'active' && new Date(h.expiresAt).getTime() > Date.now());
  const title = event.data?.title ?? holds.data?.pages[0]?.items.find((h) => h.eventId === eventId)?.eventTitle;
  return (
    <Container size="md" px={0}>
      <title>{`Checkout${title ? ` · ${title}` : ''} · Seatwise`}</title>
      <Stack gap="lg">
        <Stack gap={4}>
          <Title order={1}>Checkout</Title>
          {event.data && (
            <Text>
              <Anchor component={Link} to={`/events/${encodeURIComponent(eventId)}`} fw={600}>
                {event.data.title}
              </Anchor>
              {' · '}
              <time dateTime={event.data.startsAt}>{formatLongDateTime(event.data.startsAt)}</time>
            </Text>
          )}
        </Stack>
        {!isSignedIn ? (
          <SignInPrompt action="book tickets" />
        ) : holds.isPending ? (
          <Stack aria-hidden="true">
            <Skeleton height={120} />
            <Skeleton height={120} />
          </Stack>
        ) : holds.isError ? (
          <ProblemAlert error={holds.error} title="Could not load your holds" onRetry={() => void holds.refetch()} />
        ) : mine.length === 0 ? (
          <Stack align="flex-start" gap="sm">
            <Text>You hold no seats for this event: hold some first, then check out.</Text>
            <Button component={Link} to={`/events/${encodeURIComponent(eventId)}`} variant="default">
              Go to the event
            </Button>
          </Stack>
        ) : (
          <CheckoutForm
            eventId={eventId}
            holds={mine}
            tiers={tiersWithAccess(event.data?.priceTiers ?? [], accessFor(eventId))}
          />
        )}
      </Stack>
    </Container>
  );
}
