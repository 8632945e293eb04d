/** The stream models the pipeline runs: defined once by their contexts in the domain's registry. */
export {
  accountModel,
  allowanceModel,
  bookingModel,
  catalogModel,
  checkinModel,
  categoryListModel,
  emailClaimModel,
  inventoryModel,
  paymentModel,
  promoCodeModel,
  sessionModel,
  ticketMailModel,
} from '@booking/domain';
