/** What finance does about a failed refund, by the provider's reason. */
export function actionFor(reason: string | undefined): string {
  const how =
    reason === 'expired_or_canceled_card' || reason === 'lost_or_stolen_card'
      ? "The buyer's card no longer takes money:"
      : 'The provider did not refund it:';
  return `${how} give the amount back another way (a bank transfer to the buyer), then mark the refund as refunded manually with the transfer's reference.`;
}
