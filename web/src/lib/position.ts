/** Log positions are bigints sent as strings; compare them without losing precision. */
export function isNewerOrSame(candidate: string | undefined, than: string | undefined): boolean {
  if (candidate === undefined || than === undefined) return true;
  try {
    return BigInt(candidate) >= BigInt(than);
  } catch {
    return true;
  }
}

/** Keeps whichever of two snapshots reflects the later log position. */
export function latest<T extends { position?: string }>(current: T | undefined, incoming: T): T {
  if (!current) return incoming;
  return isNewerOrSame(incoming.position, current.position) ? incoming : current;
}
