import { DomainError } from '../kernel';
import type { CatalogState } from './catalog.state';
import type { PriceTier } from './catalog.events';
import { expandSection } from './seating';

/**
 * Hidden price tiers (docs/promo-codes.md, "Access codes"): the organizer marks a tier hidden, and
 * only buyers with an access code that unlocks it see and buy it. `unlocked`: the tier ids the
 * buyer's code opens.
 */
export const isHiddenTier = (tier: Pick<PriceTier, 'hidden'>): boolean => tier.hidden === true;

/** The tiers a buyer sees: every public one, and the hidden ones their code unlocks. */
export function visibleTiers(tiers: readonly PriceTier[], unlocked: readonly string[] = []): PriceTier[] {
  return tiers.filter((tier) => !isHiddenTier(tier) || unlocked.includes(tier.id));
}

/** The event's hidden tier ids (none without tiers). */
export function hiddenTierIds(catalog: CatalogState): Set<string> {
  if (catalog.status === 'none') return new Set();
  return new Set((catalog.details.priceTiers ?? []).filter(isHiddenTier).map((tier) => tier.id));
}

export const hiddenTierRefused = (tierId: string) =>
  DomainError.forbidden('catalog.hidden-tier', `Price tier "${tierId}" needs an access code that unlocks it`, {
    field: 'accessCode',
    tierId,
  });

/**
 * A hold in a section of the seating plan sold at a hidden tier, or of seats named at one, needs
 * a code that unlocks that tier. Holds without a plan name no tier: their checkout does (`priceTickets`).
 */
export function requireTierAccess(
  catalog: CatalogState,
  hold: Readonly<{ sectionId?: string; seatIds?: readonly string[] }>,
  unlocked: readonly string[],
): void {
  const hidden = hiddenTierIds(catalog);
  if (hidden.size === 0 || catalog.status === 'none' || !hold.sectionId) return;
  const section = catalog.seating?.plan.sections.find((s) => s.id === hold.sectionId);
  if (!section) return;
  const locked = (tierId: string | undefined) =>
    tierId !== undefined && hidden.has(tierId) && !unlocked.includes(tierId);
  if (section.kind === 'seated' && hold.seatIds) {
    const tiers = new Map(expandSection(section).map((seat) => [seat.id, seat.priceTierId]));
    const refused = hold.seatIds.map((id) => tiers.get(id)).find(locked);
    if (refused) throw hiddenTierRefused(refused);
    return;
  }
  if (locked(section.priceTierId)) throw hiddenTierRefused(section.priceTierId);
}
