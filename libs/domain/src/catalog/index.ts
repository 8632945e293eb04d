export * from './catalog.commands';
export * from './catalog.decider';
export * from './catalog.events';
export { CATEGORIES, MAX_CAPACITY } from './catalog.rules';
export { LIMITS as EVENT_LIMITS, missingForSubmission } from './catalog.details';
export * from './catalog.state';
export * from './catalog.streams';
export { requireOwner as requireEventOwner } from './catalog.lifecycle';
export { MAX_GALLERY_IMAGES, reorderImages, withAlt } from './catalog.images';
