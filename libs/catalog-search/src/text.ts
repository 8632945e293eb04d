/**
 * Text folding and the derived term lists behind catalog search. Everything here is plain string
 * work, so the same terms are produced at index time (projection) and at query time (search).
 */

/** Lower-cased, accent-folded words: "Zénith Paris-Bercy" → ["zenith", "paris", "bercy"]. */
export function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
}

/** Lower case without diacritics (NFD, combining marks dropped); ß → ss, æ → ae, ø → o. */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ø/g, 'o')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd');
}

/** Shortest prefix indexed: a one-letter query would match nearly everything. */
export const MIN_PREFIX = 2;
/** Query words at least this long also accept terms one edit away. */
export const MIN_FUZZY_WORD = 5;
/** Longest word indexed (prefixes and deletions of a longer word are cut at this length). */
export const MAX_WORD = 24;

/** Every prefix of at least MIN_PREFIX characters, the word itself included (whatever its length). */
export function prefixes(word: string): string[] {
  const cut = word.slice(0, MAX_WORD);
  const out = [cut];
  for (let end = MIN_PREFIX; end < cut.length; end++) out.push(cut.slice(0, end));
  return out;
}

/** The word with one character deleted, at every position (SymSpell's deletion variants). */
export function deletions(word: string): string[] {
  const out = new Set<string>();
  for (let i = 0; i < word.length; i++) out.add(word.slice(0, i) + word.slice(i + 1));
  return [...out];
}

/**
 * The fuzzy terms of one indexed word: the word (from MIN_FUZZY_WORD - 1 characters, so that a
 * query with one extra character finds it) and its deletion variants (from MIN_FUZZY_WORD).
 */
export function fuzzyTermsOf(word: string): string[] {
  const cut = word.slice(0, MAX_WORD);
  if (cut.length < MIN_FUZZY_WORD - 1) return [];
  return cut.length < MIN_FUZZY_WORD ? [cut] : [cut, ...deletions(cut)];
}

/**
 * What a query word is looked up with in `fuzzyTerms`: itself and its deletion variants. A term
 * matches when the two sets meet, i.e. within one insertion, deletion, substitution or adjacent
 * transposition (plus rare two-edit pairs where one character moved, e.g. "abcd"/"bcda").
 */
export function fuzzyKeys(word: string): string[] {
  const cut = word.slice(0, MAX_WORD);
  return [cut, ...deletions(cut)];
}
