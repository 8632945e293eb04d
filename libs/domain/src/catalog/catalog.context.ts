import { boundedContext, streamModel } from '../kernel';
import { catalogDecider } from './catalog.decider';
import { catalogSchema } from './catalog.events';
import { CATALOG_CATEGORY } from './catalog.streams';

/** One stream per event (its details, lifecycle, images and seating plan). */
export const catalogModel = streamModel(CATALOG_CATEGORY, catalogDecider, catalogSchema);

export const catalogContext = boundedContext('catalog', [catalogModel]);
