import { Query } from '@nestjs/cqrs';
import type { TagSuggestionsView } from '../catalog.views';

export class TagSuggestionsQuery extends Query<TagSuggestionsView> {
  /** `prefix`: the start of the tag, any case; none: the most used tags. */
  constructor(readonly args: Readonly<{ prefix?: string; limit: number }>) {
    super();
  }
}
