/** The stream models the pipeline runs: defined once by their contexts in the domain's registry. */
export {
  accountModel,
  allowanceModel,
  catalogModel,
  categoryListModel,
  emailClaimModel,
  inventoryModel,
  sessionModel,
} from '@booking/domain';
