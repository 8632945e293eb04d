import { isNewerOrSame } from './position';

/*
 * Read-your-writes, one mechanism for the whole SPA (docs/api.md): `apiFetch` remembers the log
 * position every command of this tab reached, and every query it sends names the newest one as
 * `X-Min-Position`, so the query API answers only once the projections that query reads have passed
 * it (a bounded wait). No page passes positions around. Not kept across a reload: by then the read
 * side has long caught up, and a position kept from before a wiped log would stall every query.
 */
let newest: string | undefined;

/** The position queries wait for: the newest this tab wrote (or was told of, see rememberPosition). */
export const readPosition = (): string | undefined => newest;

/**
 * Raises the position later queries wait for. `apiFetch` calls it with each command's answer; a
 * command sent another way (an upload through XMLHttpRequest) or a live notification a page then
 * reads about (the seat map after availability moved) calls it too.
 */
export function rememberPosition(position: string | undefined): void {
  if (position && /^\d+$/.test(position) && isNewerOrSame(position, newest)) newest = position;
}

/** Tests only: a fresh tab. */
export function forgetPositions(): void {
  newest = undefined;
}
