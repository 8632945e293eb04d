import { type Actor, money, scenario } from '../kernel';
import type { PricedTicket, PromotionCommand } from './promotions.commands';
import { promoCodeDecider } from './promotions.decider';
import { accessOf, applyPromoCode } from './promotions.discount';
import type { PromoCodeCreated, PromoTerms, PromotionEvent } from './promotions.events';
import { evolvePromoCode, initialPromoCodeState } from './promotions.state';

const now = new Date('2030-03-01T12:00:00Z');
const organizer: Actor = { userId: 'org-1', roles: ['organizer'] };
const buyer: Actor = { userId: 'buyer-1', roles: ['attendee'] };
const otherBuyer: Actor = { userId: 'buyer-2', roles: ['attendee'] };
const cmd = <T extends PromotionCommand['type']>(
  type: T,
  data: Extract<PromotionCommand, { type: T }>['data'],
  actor: Actor = organizer,
  at: Date = now,
) => ({ type, data, metadata: { now: at, actor } }) as Extract<PromotionCommand, { type: T }>;
const promo = scenario(promoCodeDecider);
const eur = (amount: number) => money(amount, 'EUR');
const created = (terms: Partial<PromoTerms> = {}): PromoCodeCreated => ({
  type: 'PromoCodeCreated',
  data: { promoId: 'p1', organizerId: 'org-1', code: 'SPRING', discount: { kind: 'percent', percent: 10 }, ...terms },
});
const tickets: PricedTicket[] = [
  { ticketId: 't1', tierId: 'standard', price: eur(4500) },
  { ticketId: 't2', tierId: 'reduced', price: eur(2700) },
];
const redeem = (bookingId: string, actor: Actor = buyer, at: Date = now, eventId = 'e1') =>
  cmd('RedeemPromoCode', { promoId: 'p1', bookingId, eventId, eventOrganizerId: 'org-1', tickets }, actor, at);
const redeemed = (bookingId: string, buyerId = 'buyer-1', discount = 720): PromotionEvent => ({
  type: 'PromoCodeRedeemed',
  data: { promoId: 'p1', bookingId, buyerId, eventId: 'e1', discount: eur(discount) },
});
const fold = (events: PromotionEvent[]) => events.reduce(evolvePromoCode, initialPromoCodeState());
const use = { eventId: 'e1', eventOrganizerId: 'org-1', buyerId: 'buyer-1', now };

describe('promo codes', () => {
  it('an organizer creates a code for their own events; dates are normalized', () => {
    promo
      .given([])
      .when(
        cmd('CreatePromoCode', {
          promoId: 'p1',
          organizerId: 'org-1',
          code: 'SPRING',
          discount: { kind: 'percent', percent: 10 },
          validUntil: '2030-04-01T00:00:00+02:00',
        }),
      )
      .then([created({ validUntil: '2030-03-31T22:00:00.000Z' })]);
  });

  it('refuses a code for another organizer, a second code of the same name, bad codes and bad terms', () => {
    const base = {
      promoId: 'p1',
      organizerId: 'org-1',
      code: 'SPRING',
      discount: { kind: 'percent', percent: 10 } as const,
    };
    promo
      .given([])
      .when(cmd('CreatePromoCode', base, buyer))
      .thenFails('promo.not-organizer');
    promo
      .given([])
      .when(cmd('CreatePromoCode', { ...base, organizerId: 'org-2' }))
      .thenFails('promo.not-organizer');
    promo.given([created()]).when(cmd('CreatePromoCode', base)).thenFails('promo.exists');
    for (const code of ['AB', 'SPR ING', '-SPRING', 'x'.repeat(33).toUpperCase()]) {
      promo
        .given([])
        .when(cmd('CreatePromoCode', { ...base, code }))
        .thenFails('promo.bad-code');
    }
    for (const terms of [
      { discount: { kind: 'percent', percent: 0 } },
      { discount: { kind: 'percent', percent: 101 } },
      { discount: { kind: 'percent', percent: 12.5 } },
      { discount: { kind: 'amount', amount: eur(0) } },
      { maxUses: 0 },
      { maxUsesPerBuyer: -1 },
      { validFrom: '2030-05-01T00:00:00Z', validUntil: '2030-04-01T00:00:00Z' },
      { validFrom: 'soon' },
      { eventIds: [] },
    ] as Partial<PromoTerms>[]) {
      promo
        .given([])
        .when(cmd('CreatePromoCode', { ...base, ...terms }))
        .thenFails('promo.bad-terms');
    }
  });

  it('an admin creates a code for an organizer', () => {
    const admin: Actor = { userId: 'admin-1', roles: ['admin'] };
    promo
      .given([])
      .when(
        cmd(
          'CreatePromoCode',
          { promoId: 'p1', organizerId: 'org-1', code: 'SPRING', discount: { kind: 'percent', percent: 10 } },
          admin,
        ),
      )
      .then([created()]);
  });

  it('takes a percentage off every eligible ticket, rounded per ticket', () => {
    const applied = applyPromoCode(fold([created()]), use, tickets);
    expect([...applied.discounts.values()]).toEqual([eur(450), eur(270)]);
    expect(applied.discount).toEqual(eur(720));
    const standardOnly = applyPromoCode(fold([created({ tierIds: ['standard'] })]), use, tickets);
    expect([...standardOnly.discounts.values()]).toEqual([eur(450), eur(0)]);
  });

  it('shares an amount off in proportion, never below zero, and makes the cheapest ticket free', () => {
    const amount = applyPromoCode(fold([created({ discount: { kind: 'amount', amount: eur(1001) } })]), use, tickets);
    expect([...amount.discounts.values()].map((m) => m.amount)).toEqual([626, 375]);
    expect(amount.discount).toEqual(eur(1001));
    const tooMuch = applyPromoCode(
      fold([created({ discount: { kind: 'amount', amount: eur(99_999) } })]),
      use,
      tickets,
    );
    expect([...tooMuch.discounts.values()]).toEqual([eur(4500), eur(2700)]);
    const free = applyPromoCode(fold([created({ discount: { kind: 'free-ticket' } })]), use, tickets);
    expect([...free.discounts.values()]).toEqual([eur(0), eur(2700)]);
    expect(() =>
      applyPromoCode(fold([created({ discount: { kind: 'amount', amount: money(500, 'GBP') } })]), use, tickets),
    ).toThrow(expect.objectContaining({ code: 'promo.not-applicable' }));
  });

  it('counts one use per booking and refuses once the uses are spent; a released use comes back', () => {
    const limited = created({ maxUses: 2 });
    promo
      .given([limited])
      .when(redeem('b1'))
      .then([redeemed('b1')]);
    promo
      .given([limited, redeemed('b1')])
      .when(redeem('b1'))
      .then([]); // the same booking again
    promo
      .given([limited, redeemed('b1'), redeemed('b2', 'buyer-2')])
      .when(redeem('b3'))
      .thenFails('promo.used-up');
    const released: PromotionEvent = {
      type: 'PromoCodeReleased',
      data: { promoId: 'p1', bookingId: 'b2', reason: 'expired' },
    };
    promo
      .given([limited, redeemed('b1'), redeemed('b2', 'buyer-2'), released])
      .when(redeem('b3'))
      .then([redeemed('b3')]);
    // A released booking does not get its use back by redeeming again (its booking is over).
    const releasedB1: PromotionEvent = {
      type: 'PromoCodeReleased',
      data: { promoId: 'p1', bookingId: 'b1', reason: 'x' },
    };
    promo
      .given([limited, redeemed('b1'), releasedB1])
      .when(redeem('b1'))
      .then([]);
  });

  it("does not count a checkout's own use against it again (a retried checkout)", () => {
    const state = fold([created({ maxUses: 1, maxUsesPerBuyer: 1 }), redeemed('b1')]);
    expect(applyPromoCode(state, { ...use, bookingId: 'b1' }, tickets).discount).toEqual(eur(720));
    expect(() => applyPromoCode(state, { ...use, bookingId: 'b2' }, tickets)).toThrow(
      expect.objectContaining({ code: 'promo.used-up' }),
    );
  });

  it('limits uses per buyer', () => {
    const perBuyer = created({ maxUsesPerBuyer: 1 });
    promo
      .given([perBuyer, redeemed('b1')])
      .when(redeem('b2'))
      .thenFails('promo.buyer-limit');
    promo
      .given([perBuyer, redeemed('b1')])
      .when(redeem('b2', otherBuyer))
      .then([redeemed('b2', 'buyer-2')]);
  });

  it('is valid only inside its window, for its events, while enabled, and only for its organizer', () => {
    const windowed = created({ validFrom: '2030-03-01T12:00:00.000Z', validUntil: '2030-03-02T00:00:00.000Z' });
    promo
      .given([windowed])
      .when(redeem('b1', buyer, new Date('2030-03-01T11:59:59Z')))
      .thenFails('promo.not-yet-valid');
    promo
      .given([windowed])
      .when(redeem('b1', buyer, now))
      .then([redeemed('b1')]);
    promo
      .given([windowed])
      .when(redeem('b1', buyer, new Date('2030-03-02T00:00:00Z')))
      .thenFails('promo.expired');
    promo
      .given([created({ eventIds: ['e2'] })])
      .when(redeem('b1'))
      .thenFails('promo.not-applicable');
    promo
      .given([created({ tierIds: ['vip'] })])
      .when(redeem('b1'))
      .thenFails('promo.not-applicable');
    const disabled: PromotionEvent = { type: 'PromoCodeDisabled', data: { promoId: 'p1', by: 'org-1' } };
    promo.given([created(), disabled]).when(redeem('b1')).thenFails('promo.disabled');
    promo.given([]).when(redeem('b1')).thenFails('promo.unknown-code');
    promo
      .given([created()])
      .when(
        cmd(
          'RedeemPromoCode',
          { promoId: 'p1', bookingId: 'b1', eventId: 'e1', eventOrganizerId: 'org-2', tickets },
          buyer,
        ),
      )
      .thenFails('promo.unknown-code');
  });

  it('is disabled by its organizer or an admin; anyone else finds no such code', () => {
    const disabled: PromotionEvent = { type: 'PromoCodeDisabled', data: { promoId: 'p1', by: 'org-1' } };
    promo
      .given([created()])
      .when(cmd('DisablePromoCode', { promoId: 'p1' }))
      .then([disabled]);
    promo
      .given([created(), disabled])
      .when(cmd('DisablePromoCode', { promoId: 'p1' }))
      .then([]);
    promo
      .given([created()])
      .when(cmd('DisablePromoCode', { promoId: 'p1' }, buyer))
      .thenFails('promo.not-found');
  });

  it('gives a use back once, and only for a booking that has one', () => {
    const release = cmd('ReleasePromoCode', { promoId: 'p1', bookingId: 'b1', reason: 'The booking expired' });
    promo
      .given([created(), redeemed('b1')])
      .when(release)
      .then([{ type: 'PromoCodeReleased', data: { promoId: 'p1', bookingId: 'b1', reason: 'The booking expired' } }]);
    promo
      .given([
        created(),
        redeemed('b1'),
        { type: 'PromoCodeReleased', data: { promoId: 'p1', bookingId: 'b1', reason: 'x' } },
      ])
      .when(release)
      .then([]);
    promo.given([created()]).when(release).then([]);
  });

  describe('access codes', () => {
    const access = (terms: Partial<PromoTerms> = {}) =>
      created({ discount: { kind: 'none' }, access: { tierIds: ['vip'], presale: true }, ...terms });

    it('creates an access code without a discount; what it unlocks is normalized', () => {
      promo
        .given([])
        .when(
          cmd('CreatePromoCode', {
            promoId: 'p1',
            organizerId: 'org-1',
            code: 'SPRING',
            discount: { kind: 'none' },
            access: { tierIds: ['vip', 'vip'], presale: false },
          }),
        )
        .then([created({ discount: { kind: 'none' }, access: { tierIds: ['vip'] } })]);
    });

    it('refuses a code that neither discounts nor unlocks anything', () => {
      const base = { promoId: 'p1', organizerId: 'org-1', code: 'SPRING' };
      for (const terms of [
        { discount: { kind: 'none' } },
        { discount: { kind: 'none' }, access: {} },
        { discount: { kind: 'none' }, access: { tierIds: [], presale: false } },
      ] as Partial<PromoTerms>[]) {
        promo
          .given([])
          .when(cmd('CreatePromoCode', { ...base, discount: { kind: 'percent', percent: 10 }, ...terms }))
          .thenFails('promo.bad-terms');
      }
    });

    it('grants its tiers and presale within its limits, without counting a use', () => {
      expect(accessOf(fold([access()]), use)).toEqual({
        promoId: 'p1',
        code: 'SPRING',
        tierIds: ['vip'],
        presale: true,
      });
      expect(() => accessOf(fold([access({ maxUses: 1 }), redeemed('b1', 'buyer-2', 0)]), use)).toThrow(
        expect.objectContaining({ code: 'promo.used-up' }),
      );
      expect(() => accessOf(fold([access({ maxUsesPerBuyer: 1 }), redeemed('b1', 'buyer-1', 0)]), use)).toThrow(
        expect.objectContaining({ code: 'promo.buyer-limit' }),
      );
      expect(() => accessOf(fold([access({ validFrom: '2030-03-02T00:00:00.000Z' })]), use)).toThrow(
        expect.objectContaining({ code: 'promo.not-yet-valid' }),
      );
    });

    it('reads as unknown for other events and other organizers; a plain discount code opens nothing', () => {
      expect(() => accessOf(fold([access({ eventIds: ['e2'] })]), use)).toThrow(
        expect.objectContaining({ code: 'promo.unknown-code' }),
      );
      expect(() => accessOf(fold([access()]), { ...use, eventOrganizerId: 'org-2' })).toThrow(
        expect.objectContaining({ code: 'promo.unknown-code' }),
      );
      expect(() => accessOf(fold([created()]), use)).toThrow(expect.objectContaining({ code: 'promo.no-access' }));
    });

    it('takes nothing off at checkout, on any tickets, and counts the use there', () => {
      const applied = applyPromoCode(fold([access({ tierIds: ['elsewhere'] })]), use, tickets);
      expect(applied.discount).toEqual(eur(0));
      promo
        .given([access({ maxUses: 1 })])
        .when(redeem('b1'))
        .then([redeemed('b1', 'buyer-1', 0)]);
      promo
        .given([access({ maxUses: 1 }), redeemed('b1', 'buyer-1', 0)])
        .when(redeem('b2', otherBuyer))
        .thenFails('promo.used-up');
    });
  });
});
