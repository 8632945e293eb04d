/** Money is always integer minor units (2500 = €25.00). */
export type Money = { amount: number; currency: string };

/** A price an event sells at; shared by the catalog and the seating plan (which colours seats by tier). */
/** `hidden`: sold only with an access code that unlocks it (the organizer and admins see the flag). */
export type PriceTier = { id: string; name: string; price: Money; hidden?: boolean };
