export { MediaManager } from './MediaManager';
