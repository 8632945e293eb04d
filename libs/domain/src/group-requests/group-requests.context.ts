import { boundedContext, streamModel } from '../kernel';
import { groupRequestDecider } from './group-requests.decider';
import { groupRequestSchema } from './group-requests.events';
import { GROUP_REQUEST_CATEGORY } from './group-requests.streams';

/** Group booking requests above an event's per-order limit: one stream per request. */
export const groupRequestModel = streamModel(GROUP_REQUEST_CATEGORY, groupRequestDecider, groupRequestSchema);

export const groupRequestsContext = boundedContext('group-requests', [groupRequestModel]);
