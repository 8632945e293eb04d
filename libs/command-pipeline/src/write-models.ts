import {
  ACCOUNT_CATEGORY,
  type AccountCommand,
  type AccountEvent,
  type AccountState,
  type ClaimEmail,
  EMAIL_CATEGORY,
  type EmailClaimState,
  type EmailClaimed,
  SESSION_CATEGORY,
  type SessionCommand,
  type SessionEvent,
  type SessionState,
  accountDecider,
  accountsSchema,
  emailClaimDecider,
  sessionDecider,
  CATALOG_CATEGORY,
  type CatalogCommand,
  type CatalogEvent,
  type CatalogState,
  INVENTORY_CATEGORY,
  type InventoryCommand,
  type InventoryEvent,
  type InventoryState,
  catalogDecider,
  catalogSchema,
  inventoryDecider,
  inventorySchema,
  CATEGORY_LIST_CATEGORY,
  type CategoryCommand,
  type CategoryEvent,
  type CategoryListState,
  categoriesSchema,
  categoryListDecider,
  ALLOWANCE_CATEGORY,
  type AllowanceCommand,
  type AllowanceEvent,
  type AllowanceState,
  allowanceDecider,
  allowanceSchema,
} from '@booking/domain';
import type { WriteModel } from './write-model';

export const catalogModel: WriteModel<CatalogState, CatalogCommand, CatalogEvent> = {
  category: CATALOG_CATEGORY,
  decider: catalogDecider,
  schema: catalogSchema,
};

export const inventoryModel: WriteModel<InventoryState, InventoryCommand, InventoryEvent> = {
  category: INVENTORY_CATEGORY,
  decider: inventoryDecider,
  schema: inventorySchema,
};

/** A buyer's places on one event across its partitions (see buyer-allowance in the domain). */
export const allowanceModel: WriteModel<AllowanceState, AllowanceCommand, AllowanceEvent> = {
  category: ALLOWANCE_CATEGORY,
  decider: allowanceDecider,
  schema: allowanceSchema,
};

export const accountModel: WriteModel<AccountState, AccountCommand, AccountEvent> = {
  category: ACCOUNT_CATEGORY,
  decider: accountDecider,
  schema: accountsSchema,
};

export const emailClaimModel: WriteModel<EmailClaimState, ClaimEmail, EmailClaimed> = {
  category: EMAIL_CATEGORY,
  decider: emailClaimDecider,
  schema: accountsSchema,
};

export const sessionModel: WriteModel<SessionState, SessionCommand, SessionEvent> = {
  category: SESSION_CATEGORY,
  decider: sessionDecider,
  schema: accountsSchema,
};

export const categoryListModel: WriteModel<CategoryListState, CategoryCommand, CategoryEvent> = {
  category: CATEGORY_LIST_CATEGORY,
  decider: categoryListDecider,
  schema: categoriesSchema,
};
