import { DomainError, type Money, assertNever, hasRole } from '../kernel';
import { applyPromoCode } from './promotions.discount';
import type {
  CreatePromoCode,
  DisablePromoCode,
  PromotionCommand,
  RedeemPromoCode,
  ReleasePromoCode,
} from './promotions.commands';
import type { PromoAccess, PromoTerms, PromotionEvent } from './promotions.events';
import type { PromoCodeState } from './promotions.state';
import { PROMO_CODE } from './promotions.streams';

/** The most tickets or events a code's terms may list. */
export const MAX_PROMO_SCOPE = 100;

export function decidePromoCode(command: PromotionCommand, state: PromoCodeState): PromotionEvent[] {
  switch (command.type) {
    case 'CreatePromoCode':
      return createPromoCode(command, state);
    case 'DisablePromoCode':
      return disablePromoCode(command, state);
    case 'RedeemPromoCode':
      return redeemPromoCode(command, state);
    case 'ReleasePromoCode':
      return releasePromoCode(command, state);
    default:
      return assertNever(command);
  }
}

function createPromoCode({ data, metadata }: CreatePromoCode, state: PromoCodeState): PromotionEvent[] {
  const { actor } = metadata;
  if (!hasRole(actor, 'admin') && !(hasRole(actor, 'organizer') && actor.userId === data.organizerId)) {
    throw DomainError.forbidden('promo.not-organizer', 'Only an organizer creates promo codes, for their own events');
  }
  if (state.status !== 'none') {
    throw DomainError.conflict('promo.exists', `You have a code ${data.code} already`, { field: 'code' });
  }
  if (!PROMO_CODE.test(data.code)) {
    throw DomainError.validation('promo.bad-code', 'A code is 3 to 32 letters, digits or dashes', { field: 'code' });
  }
  checkTerms(data);
  const {
    promoId,
    organizerId,
    code,
    discount,
    maxUses,
    maxUsesPerBuyer,
    validFrom,
    validUntil,
    eventIds,
    tierIds,
    access,
  } = data;
  return [
    {
      type: 'PromoCodeCreated',
      data: {
        promoId,
        organizerId,
        code,
        discount,
        ...(maxUses !== undefined ? { maxUses } : {}),
        ...(maxUsesPerBuyer !== undefined ? { maxUsesPerBuyer } : {}),
        ...(validFrom !== undefined ? { validFrom: new Date(validFrom).toISOString() } : {}),
        ...(validUntil !== undefined ? { validUntil: new Date(validUntil).toISOString() } : {}),
        ...(eventIds ? { eventIds: [...new Set(eventIds)] } : {}),
        ...(tierIds ? { tierIds: [...new Set(tierIds)] } : {}),
        ...(access ? { access: accessTerms(access) } : {}),
      },
    },
  ];
}

function checkTerms(terms: PromoTerms): void {
  const bad = (field: string, message: string) => DomainError.validation('promo.bad-terms', message, { field });
  const { discount } = terms;
  if (
    discount.kind === 'percent' &&
    !(Number.isInteger(discount.percent) && discount.percent >= 1 && discount.percent <= 100)
  ) {
    throw bad('discount', 'A percentage off is a whole number from 1 to 100');
  }
  if (discount.kind === 'amount' && !(Number.isSafeInteger(discount.amount.amount) && discount.amount.amount > 0)) {
    throw bad('discount', 'An amount off is a positive number of minor units');
  }
  for (const field of ['maxUses', 'maxUsesPerBuyer'] as const) {
    const limit = terms[field];
    if (limit !== undefined && !(Number.isSafeInteger(limit) && limit >= 1)) throw bad(field, `${field} is at least 1`);
  }
  const from = terms.validFrom === undefined ? undefined : Date.parse(terms.validFrom);
  const until = terms.validUntil === undefined ? undefined : Date.parse(terms.validUntil);
  if (from !== undefined && Number.isNaN(from)) throw bad('validFrom', 'validFrom is a date and time');
  if (until !== undefined && Number.isNaN(until)) throw bad('validUntil', 'validUntil is a date and time');
  if (from !== undefined && until !== undefined && !(from < until)) {
    throw bad('validUntil', 'validUntil must be after validFrom');
  }
  for (const field of ['eventIds', 'tierIds'] as const) {
    const list = terms[field];
    if (list && (list.length === 0 || list.length > MAX_PROMO_SCOPE)) {
      throw bad(field, `${field} lists 1 to ${MAX_PROMO_SCOPE} entries (leave it out for all)`);
    }
  }
  const { access } = terms;
  const unlocks = access?.tierIds ?? [];
  if (
    unlocks.length > MAX_PROMO_SCOPE ||
    unlocks.some((id) => typeof id !== 'string' || id.length < 1 || id.length > 40)
  ) {
    throw bad('access.tierIds', `access.tierIds lists up to ${MAX_PROMO_SCOPE} price tier ids`);
  }
  if (access && unlocks.length === 0 && access.presale !== true) {
    throw bad('access', 'An access code unlocks hidden tiers (access.tierIds), presale, or both');
  }
  if (discount.kind === 'none' && !access) {
    throw bad('discount', 'A code without a discount is an access code: give what it unlocks (access)');
  }
}

/** Only what an access code opens: unlocked tiers once each, presale only when granted. */
function accessTerms(access: PromoAccess): PromoAccess {
  const tierIds = [...new Set(access.tierIds ?? [])];
  return { ...(tierIds.length > 0 ? { tierIds } : {}), ...(access.presale === true ? { presale: true } : {}) };
}

function disablePromoCode({ data, metadata }: DisablePromoCode, state: PromoCodeState): PromotionEvent[] {
  const { actor } = metadata;
  if (state.status === 'none' || (state.organizerId !== actor.userId && !hasRole(actor, 'admin'))) {
    throw DomainError.notFound('promo.not-found', `No promo code ${data.promoId}`);
  }
  if (state.status === 'disabled') return [];
  return [{ type: 'PromoCodeDisabled', data: { promoId: data.promoId, by: actor.userId } }];
}

/**
 * One use for one booking, counted here so that a flash sale cannot spend a code more often than
 * its limits allow (concurrent checkouts append to this one stream in turn). The same booking
 * again is a no-op.
 */
function redeemPromoCode({ data, metadata }: RedeemPromoCode, state: PromoCodeState): PromotionEvent[] {
  if (state.status !== 'none' && state.redeemed.has(data.bookingId)) return [];
  const buyerId = metadata.actor.userId;
  const applied = applyPromoCode(
    state,
    { eventId: data.eventId, eventOrganizerId: data.eventOrganizerId, buyerId, now: metadata.now },
    data.tickets,
  );
  const discount: Money = applied.discount;
  return [
    {
      type: 'PromoCodeRedeemed',
      data: { promoId: data.promoId, bookingId: data.bookingId, buyerId, eventId: data.eventId, discount },
    },
  ];
}

function releasePromoCode({ data }: ReleasePromoCode, state: PromoCodeState): PromotionEvent[] {
  if (state.status === 'none' || !state.inUse.has(data.bookingId)) return [];
  return [
    { type: 'PromoCodeReleased', data: { promoId: data.promoId, bookingId: data.bookingId, reason: data.reason } },
  ];
}
