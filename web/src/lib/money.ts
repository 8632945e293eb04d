/** Money is always integer minor units (2500 = €25.00). */
export type Money = { amount: number; currency: string };

/** A price an event sells at; shared by the catalog and the seating plan (which colours seats by tier). */
export type PriceTier = { id: string; name: string; price: Money };
