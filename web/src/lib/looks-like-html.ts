/**
 * Whether a description is (simple) HTML rather than plain text. Apart from sanitize-html.ts, so a
 * page can tell without loading the sanitizer (DOMPurify: its module builds its allowlists as it
 * loads, ~50 ms on a throttled phone) for the plain text most descriptions are.
 */
export const looksLikeHtml = (text: string) => /<\/?[a-z][\s\S]*?>/i.test(text);
