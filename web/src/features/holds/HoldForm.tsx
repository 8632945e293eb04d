import { useState, type FormEvent } from 'react';
import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import { Button, Group, NativeSelect, NumberInput, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { newId } from '../../lib/ids';
import { SALE_STATE_TEXT, saleState, useAvailabilitySnapshot } from '../availability';
import { SignInPrompt, useSession, VerifyEmailNotice } from '../auth';
import { JoinWaitlist } from '../waitlist';
import { HeldMessage } from './HeldMessage';
import type { HoldSeatingChoice } from './holds.types';
import { PickedSeats } from './PickedSeats';
import { usePlaceHold } from './useHoldMutations';

export const MIN_SEATS = 1;

function validQuantity(value: number | string): string | null {
  const n = typeof value === 'number' ? value : Number(value);
  if (value === '' || !Number.isInteger(n) || n < MIN_SEATS || n > MAX_SEATS_PER_HOLD) {
    return `Choose a whole number from ${MIN_SEATS} to ${MAX_SEATS_PER_HOLD}.`;
  }
  return null;
}

type How = 'pick' | 'best';

/**
 * Hold N seats of one event. Each submission carries a fresh Idempotency-Key. With a seating plan:
 * a section, then seats picked on the map or the best available N.
 */
export function HoldForm({
  eventId,
  eventTitle,
  seating,
  waitlist = true,
  accessCode,
}: {
  eventId: string;
  eventTitle: string;
  seating?: HoldSeatingChoice;
  /** The event keeps a waitlist when sold out (the organizer's setting). */
  waitlist?: boolean;
  /** An access code the buyer applied on the event page: the hold carries it (hidden tiers, presale). */
  accessCode?: string;
}) {
  const { isSignedIn } = useSession();
  const availability = useAvailabilitySnapshot(eventId);
  // No hold can succeed while nothing is free: say why instead of offering one that must fail.
  const state = availability && saleState(availability);
  const unavailable = state && state !== 'open' ? state : null;
  const [quantity, setQuantity] = useState<number | string>(2);
  const [how, setHow] = useState<How>('pick');
  const [inputError, setInputError] = useState<string | null>(null);
  const hold = usePlaceHold(eventId);
  const serverFieldError = isProblem(hold.error)
    ? (hold.error.fieldMessage('quantity') ?? hold.error.fieldMessage('seatIds'))
    : undefined;
  // The server refuses holds until the address is verified: say so instead of offering the button.
  const mustVerify =
    isProblem(hold.error) && hold.error.status === 403 && hold.error.code === 'accounts.email-not-verified';

  const sections = seating?.sections ?? [];
  const section =
    sections.find((s) => s.id === seating?.sectionId) ?? (sections.length === 1 ? sections[0] : undefined);
  const picking = !!seating && !!section && !section.standing && how === 'pick' && seating.canPick;
  const picked = picking ? (seating?.picked ?? []) : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (seating && !section) return setInputError('Choose a section first.');
    if (picking) {
      if (picked.length === 0) return setInputError('Pick seats on the map first.');
      setInputError(null);
      hold.mutate(
        {
          quantity: picked.length,
          idempotencyKey: newId(),
          place: { sectionId: section?.id, seatIds: picked.map((p) => p.id), accessCode },
        },
        { onSuccess: () => seating?.onSeatsChanged(), onError: () => seating?.onSeatsChanged() },
      );
      return;
    }
    const problem = validQuantity(quantity);
    setInputError(problem);
    if (problem) return;
    hold.mutate(
      {
        quantity: Number(quantity),
        idempotencyKey: newId(),
        place: { ...(section ? { sectionId: section.id } : {}), accessCode },
      },
      { onSuccess: () => seating?.onSeatsChanged() },
    );
  };

  const what = section?.standing ? 'places' : 'seats';
  // Nothing free to hold (or what is free is kept for people already waiting): offer the waitlist.
  const keptForWaitlist = isProblem(hold.error) && hold.error.code === 'inventory.kept-for-waitlist';
  const offerWaitlist =
    waitlist &&
    (unavailable === 'sold-out' || unavailable === 'waitlist' || unavailable === 'all-held' || keptForWaitlist);
  return (
    <Stack gap="sm" component="section" aria-labelledby="hold-heading">
      <Title order={2} size="h4" id="hold-heading">
        Hold your seats
      </Title>
      {!isSignedIn && <SignInPrompt action="hold seats" />}
      {unavailable && (
        <Stack gap={4} data-testid="hold-unavailable">
          <Text fw={700}>{SALE_STATE_TEXT[unavailable].title}</Text>
          <Text size="sm">{SALE_STATE_TEXT[unavailable].detail}</Text>
        </Stack>
      )}
      <form onSubmit={submit} noValidate hidden={!!unavailable}>
        <Stack gap="sm">
          {seating && sections.length > 0 && (
            <NativeSelect
              label="Section"
              value={section?.id ?? ''}
              onChange={(e) => {
                seating.onSectionChange(e.currentTarget.value);
                setInputError(null);
              }}
              disabled={!isSignedIn}
              data={[
                ...(section ? [] : [{ value: '', label: 'Choose a section…' }]),
                ...sections.map((s) => ({
                  value: s.id,
                  label: `${s.name}${s.standing ? ' (standing)' : ''}${s.free === undefined ? '' : ` · ${s.free} free`}`,
                })),
              ]}
            />
          )}
          {seating && section && !section.standing && seating.canPick && (
            <SegmentedControl
              aria-label="How to choose seats"
              value={how}
              onChange={(v) => {
                setHow(v as How);
                setInputError(null);
              }}
              disabled={!isSignedIn}
              data={[
                { value: 'pick', label: 'Pick on the map' },
                { value: 'best', label: 'Best available' },
              ]}
            />
          )}
          {picking ? (
            <Stack gap={4}>
              <PickedSeats picked={picked} onClear={() => seating?.onClearPicked()} />
              {inputError && (
                <Text size="sm" c="var(--mantine-color-error)" role="alert">
                  {inputError}
                </Text>
              )}
              {!mustVerify && (
                <Group>
                  <Button type="submit" disabled={!isSignedIn} loading={hold.isPending}>
                    {picked.length > 0
                      ? `Hold ${picked.length} ${picked.length === 1 ? 'seat' : 'seats'}`
                      : 'Hold seats'}
                  </Button>
                </Group>
              )}
            </Stack>
          ) : (
            <Group align="flex-start" gap="sm">
              <NumberInput
                label={section?.standing ? 'Number of places' : 'Number of seats'}
                description={`${MIN_SEATS} to ${MAX_SEATS_PER_HOLD} per hold`}
                value={quantity}
                onChange={(value) => {
                  setQuantity(value);
                  setInputError(null);
                }}
                min={MIN_SEATS}
                max={MAX_SEATS_PER_HOLD}
                allowDecimal={false}
                allowNegative={false}
                clampBehavior="blur"
                disabled={!isSignedIn}
                error={inputError ?? serverFieldError}
                w={180}
              />
              {!mustVerify && (
                <Button type="submit" mt={44} disabled={!isSignedIn} loading={hold.isPending}>
                  {seating ? `Hold ${what}` : 'Hold seats'}
                </Button>
              )}
            </Group>
          )}
        </Stack>
      </form>
      {mustVerify && <VerifyEmailNotice />}
      {hold.isError && !serverFieldError && !mustVerify && (
        <ProblemAlert error={hold.error} title="Could not hold seats">
          {isProblem(hold.error) && Array.isArray(hold.error.extensions.seats) && (
            <Text size="sm">Taken meanwhile: {(hold.error.extensions.seats as unknown[]).map(String).join(', ')}</Text>
          )}
        </ProblemAlert>
      )}
      {hold.isSuccess && <HeldMessage hold={hold.data} eventTitle={eventTitle} />}
      {offerWaitlist && <JoinWaitlist eventId={eventId} sectionId={section?.id} />}
    </Stack>
  );
}
