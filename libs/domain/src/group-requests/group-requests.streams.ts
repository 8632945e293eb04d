export const GROUP_REQUEST_CATEGORY = 'group-request';
/** One stream per request. */
export const groupRequestStream = (requestId: string) => `${GROUP_REQUEST_CATEGORY}-${requestId}`;
