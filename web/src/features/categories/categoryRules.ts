/** The API's rules (libs/domain categories), checked before a round trip. */
export const SLUG = /^[a-z][a-z0-9-]{1,30}$/;

export function validateSlug(slug: string): string | undefined {
  const value = slug.trim();
  if (!value) return 'Enter a slug, e.g. jazz-brunch.';
  return SLUG.test(value)
    ? undefined
    : 'Use 2 to 31 characters: a lowercase letter first, then lowercase letters, digits or dashes.';
}

export function validateLabel(label: string): string | undefined {
  const length = label.replace(/\s+/g, ' ').trim().length;
  if (length === 0) return 'Enter a label.';
  return length < 2 || length > 40 ? 'The label must be 2 to 40 characters.' : undefined;
}
