import { Checkbox, NativeSelect, NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { REFUND_POLICIES, REFUND_POLICY_LABELS } from '../catalog';
import { MAX_SEATS_PER_HOLD } from '@booking/inventory-rules';
import { WAITLIST_OFFER_MINUTES } from './eventForm';
import { MAX_TICKETS_PER_BUYER } from './eventValidation';
import type { EventFormState } from './useEventForm';

const refundOptions = REFUND_POLICIES.map((value) => ({ value, label: REFUND_POLICY_LABELS[value] }));

/** The optional sales window, the order and buyer limits and the refund policy. */
export function EventSalesFields({ form, disabled }: { form: EventFormState; disabled?: boolean }) {
  const { values, set, touch, errorFor } = form;
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <TextInput
        label="Sales open at"
        description="Optional; set both or neither."
        type="datetime-local"
        value={values.salesOpensAt}
        onChange={(e) => set('salesOpensAt', e.currentTarget.value)}
        onBlur={() => touch('salesWindow.opensAt')}
        error={errorFor('salesWindow.opensAt')}
        disabled={disabled}
      />
      <TextInput
        label="Sales close at"
        description="By the start of the event."
        type="datetime-local"
        value={values.salesClosesAt}
        onChange={(e) => set('salesClosesAt', e.currentTarget.value)}
        onBlur={() => touch('salesWindow.closesAt')}
        error={errorFor('salesWindow.closesAt')}
        disabled={disabled}
      />
      <NumberInput
        label="Max tickets per order"
        min={1}
        max={MAX_SEATS_PER_HOLD}
        allowDecimal={false}
        allowNegative={false}
        value={values.maxTicketsPerOrder}
        onChange={(value) => set('maxTicketsPerOrder', value)}
        onBlur={() => touch('maxTicketsPerOrder')}
        error={errorFor('maxTicketsPerOrder')}
        disabled={disabled}
      />
      <NumberInput
        label="Max tickets per buyer"
        description="Over all of one buyer's orders. Empty: no limit."
        min={1}
        max={MAX_TICKETS_PER_BUYER}
        allowDecimal={false}
        allowNegative={false}
        value={values.maxTicketsPerBuyer}
        onChange={(value) => set('maxTicketsPerBuyer', value)}
        onBlur={() => touch('maxTicketsPerBuyer')}
        error={errorFor('maxTicketsPerBuyer')}
        disabled={disabled}
      />
      <NativeSelect
        label="Refund policy"
        data={[{ value: '', label: 'Choose a policy', disabled: true }, ...refundOptions]}
        value={values.refundPolicy}
        onChange={(e) => set('refundPolicy', e.currentTarget.value)}
        error={errorFor('refundPolicy')}
        disabled={disabled}
      />
      <Checkbox
        label="Allow lone seats"
        description="Seated events: let buyers pick seats that leave one free seat alone next to a taken one. Off: such a pick is refused while better seats are free."
        checked={values.allowLoneSeats}
        onChange={(e) => set('allowLoneSeats', e.currentTarget.checked)}
        error={errorFor('allowLoneSeats')}
        disabled={disabled}
      />
      <Checkbox
        label="Waitlist when sold out"
        description="Buyers of a sold-out event can wait for places; freed places are offered to them first, in join order. Turning it off removes everyone waiting."
        checked={values.waitlist}
        onChange={(e) => set('waitlist', e.currentTarget.checked)}
        error={errorFor('waitlist')}
        disabled={disabled}
      />
      <NumberInput
        label="Waitlist offer time (minutes)"
        description="How long freed places stay held for the next person waiting."
        min={WAITLIST_OFFER_MINUTES.min}
        max={WAITLIST_OFFER_MINUTES.max}
        allowDecimal={false}
        allowNegative={false}
        value={values.waitlistOfferMinutes}
        onChange={(value) => set('waitlistOfferMinutes', value)}
        onBlur={() => touch('waitlistOfferMinutes')}
        error={errorFor('waitlistOfferMinutes')}
        disabled={disabled || !values.waitlist}
      />
    </SimpleGrid>
  );
}
