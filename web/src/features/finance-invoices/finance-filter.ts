const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The filter form's text → the query's filter, or the field that is wrong. */
export function parseFinanceFilter(
  organizerId: string,
  year: string,
): { organizerId?: string; year?: number; error?: string } {
  const id = organizerId.trim();
  const y = year.trim();
  if (id && !UUID.test(id)) return { error: 'organizerId' };
  if (y && !/^2\d{3}$/.test(y)) return { error: 'year' };
  return { ...(id ? { organizerId: id.toLowerCase() } : {}), ...(y ? { year: Number(y) } : {}) };
}
