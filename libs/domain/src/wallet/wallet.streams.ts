export const WALLET_CATEGORY = 'wallet';
/** One stream per person: their customer at each provider and their saved cards. */
export const walletStream = (userId: string) => `${WALLET_CATEGORY}-${userId}`;
