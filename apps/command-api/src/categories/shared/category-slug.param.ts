import { ApiParam } from '@nestjs/swagger';
import { CATEGORY_SLUG } from '@booking/domain';

/** The `:slug` of a category route, as the spec states it (the router's bare string said nothing). */
export const CategorySlugParam = () =>
  ApiParam({ name: 'slug', schema: { type: 'string', pattern: CATEGORY_SLUG.source, example: 'jazz-brunch' } });
