// The API already sanitizes descriptions; this allowlist is defence in depth before rendering HTML.
const ALLOWED = new Set(['P', 'BR', 'STRONG', 'EM', 'UL', 'OL', 'LI', 'A', 'H3', 'H4', 'BLOCKQUOTE']);
const SAFE_HREF = /^(https?:|mailto:)/i;

const looksLikeHtml = (text: string) => /<\/?[a-z][\s\S]*?>/i.test(text);

function clean(node: Node, into: Node, doc: Document) {
  for (const child of Array.from(node.childNodes)) {
    if (child.nodeType === Node.TEXT_NODE) {
      into.appendChild(doc.createTextNode(child.textContent ?? ''));
    } else if (child instanceof Element) {
      if (!ALLOWED.has(child.tagName)) {
        // Unknown wrappers keep their text; scripts and styles go entirely.
        if (!['SCRIPT', 'STYLE', 'IFRAME', 'OBJECT', 'TEMPLATE'].includes(child.tagName)) clean(child, into, doc);
        continue;
      }
      const copy = doc.createElement(child.tagName.toLowerCase());
      if (child.tagName === 'A') {
        const href = child.getAttribute('href') ?? '';
        if (SAFE_HREF.test(href.trim())) {
          copy.setAttribute('href', href.trim());
          copy.setAttribute('rel', 'noopener noreferrer nofollow');
        }
      }
      clean(child, copy, doc);
      into.appendChild(copy);
    }
  }
}

/** Simple HTML (p, br, strong, em, lists, links, h3/h4, blockquote) as safe markup; null for plain text. */
export function sanitizeHtml(text: string): string | null {
  if (!looksLikeHtml(text) || typeof DOMParser === 'undefined') return null;
  const source = new DOMParser().parseFromString(text, 'text/html');
  const target = document.implementation.createHTMLDocument('');
  const root = target.createElement('div');
  clean(source.body, root, target);
  return root.innerHTML;
}
