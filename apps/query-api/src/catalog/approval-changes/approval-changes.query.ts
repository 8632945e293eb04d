export class ApprovalChangesQuery {
  constructor(readonly eventId: string) {}
}
