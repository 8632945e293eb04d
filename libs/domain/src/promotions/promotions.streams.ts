export const PROMO_CODE_CATEGORY = 'promo';
export const promoCodeStream = (promoId: string) => `${PROMO_CODE_CATEGORY}-${promoId}`;

/** Codes are letters, digits and dashes, 3 to 32, compared without regard to case (kept upper case). */
export const PROMO_CODE = /^[A-Z0-9][A-Z0-9-]{1,30}[A-Z0-9]$/;
export const normalizePromoCode = (code: string) => code.trim().toUpperCase();
