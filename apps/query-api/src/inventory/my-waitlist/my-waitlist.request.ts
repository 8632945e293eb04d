import { MinPositionRequest } from '../../http/min-position.request';

/** `?minPosition=` only: the list is short (newest 100). */
export class MyWaitlistRequest extends MinPositionRequest {}
