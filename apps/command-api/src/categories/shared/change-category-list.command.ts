import type { CategoryCommand } from '@booking/domain';
import type { RequestContext } from '../../http/command-context';

/** One change to the managed category list (add, rename, retire, restore), without its metadata. */
export class ChangeCategoryListCommand {
  constructor(
    readonly change: Pick<CategoryCommand, 'type' | 'data'>,
    readonly context: RequestContext,
  ) {}
}
export type ChangeCategoryListResult = {
  slug: string;
  label: string;
  status: 'active' | 'retired';
  changed: boolean;
  position: bigint;
  revision: bigint;
};
