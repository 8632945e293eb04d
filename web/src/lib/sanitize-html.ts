import DOMPurify, { type Config } from 'dompurify';
import { looksLikeHtml } from './looks-like-html';

// The API already sanitizes descriptions; this allowlist is defence in depth before rendering HTML.
const POLICY: Config = {
  ALLOWED_TAGS: ['p', 'br', 'strong', 'em', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'blockquote'],
  ALLOWED_ATTR: ['href'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // Links go to the web or to a mail address; any other href (javascript:, data:…) is dropped.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:)/i,
  // Unknown wrappers (svg, noscript, tables…) keep their text; scripts, styles, frames, objects
  // and templates go entirely, as the hand-written sanitizer this replaced did.
  FORBID_CONTENTS: ['script', 'style', 'iframe', 'object', 'template'],
};

let purifier: ReturnType<typeof DOMPurify> | undefined;

/** Our own instance: its hook (rel on links) is no one else's business. */
function getPurifier() {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.tagName === 'A' && node.hasAttribute('href')) node.setAttribute('rel', 'noopener noreferrer nofollow');
  });
  return purifier;
}

/** Simple HTML (p, br, strong, em, lists, links, h3/h4, blockquote) as safe markup; null for plain text. */
export function sanitizeHtml(text: string): string | null {
  if (!looksLikeHtml(text) || typeof window === 'undefined') return null;
  return getPurifier().sanitize(text, POLICY);
}
