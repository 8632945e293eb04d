export { AccessCodeField } from './AccessCodeField';
export { accessFor, forgetAccess, presaleOpen, rememberAccess, tiersWithAccess } from './access-store';
export type { EventAccess } from './access.types';
