export class GetAvailabilityQuery {
  constructor(readonly eventId: string) {}
}
