import { boundedContext, streamModel } from '../kernel';
import { checkinDecider } from './checkin.decider';
import { checkinSchema } from './checkin.events';
import { CHECKIN_CATEGORY } from './checkin.streams';

/** The doors of an event: one stream per event, so the once-only rule is one stream's decision. */
export const checkinModel = streamModel(CHECKIN_CATEGORY, checkinDecider, checkinSchema);

export const checkinContext = boundedContext('checkin', [checkinModel]);
