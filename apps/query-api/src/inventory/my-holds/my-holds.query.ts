export const MY_HOLDS_PAGE = { default: 50, max: 200 } as const;

export class MyHoldsQuery {
  constructor(
    readonly holderId: string,
    readonly now: Date,
    readonly limit: number = MY_HOLDS_PAGE.default,
    /** The nextCursor of the page before (raw, as the client sent it). */
    readonly cursor?: string,
  ) {}
}
