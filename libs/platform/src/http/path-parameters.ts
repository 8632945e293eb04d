/** The longest path parameter the API takes, in characters; the OpenAPI spec says so for each. */
export const MAX_PATH_PARAMETER = 100;

/** The same limit as the router sees it: percent-encoded UTF-8, up to 4 bytes of 3 characters each. */
export const MAX_ENCODED_PATH_PARAMETER = MAX_PATH_PARAMETER * 12;
