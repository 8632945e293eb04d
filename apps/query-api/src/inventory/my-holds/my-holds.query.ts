export class MyHoldsQuery {
  constructor(
    readonly holderId: string,
    readonly now: Date,
  ) {}
}
