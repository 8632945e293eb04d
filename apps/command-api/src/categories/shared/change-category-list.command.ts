import type { CategoryCommand } from '@booking/domain';
import type { CommandInput } from '@booking/command-pipeline';
import { RequestCommand } from '../../http/request-command';

/** One change to the managed category list (add, rename, retire, restore): the domain command itself. */
export type CategoryChange = CommandInput<CategoryCommand>;
export type ChangeCategoryListResult = {
  slug: string;
  label: string;
  status: 'active' | 'retired';
  changed: boolean;
  position: bigint;
  revision: bigint;
};

export class ChangeCategoryListCommand extends RequestCommand<CategoryChange, ChangeCategoryListResult> {}
