// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { sanitizeHtml } from './sanitize-html';

describe('sanitizeHtml (an event description as HTML)', () => {
  it('keeps the simple markup it allows', () => {
    const html =
      '<h3>Line-up</h3><p><strong>Bold</strong> and <em>quiet</em><br></p><ul><li>one</li></ul><blockquote>q</blockquote>';
    expect(sanitizeHtml(html)).toBe(html);
  });

  it('drops scripts, styles, frames and objects with their content', () => {
    const out = sanitizeHtml(
      '<p>Hi</p><script>alert(1)</script><style>p{}</style><iframe src="https://x">f</iframe><object>o</object>',
    );
    expect(out).toBe('<p>Hi</p>');
  });

  it('drops on* handlers and every attribute but a link’s href', () => {
    const out = sanitizeHtml(
      '<p onclick="alert(1)" class="x" data-a="1" aria-label="l">Hi<img src=x onerror="alert(1)"></p>',
    );
    expect(out).toBe('<p>Hi</p>');
  });

  it('keeps web and mail links (rel set), drops javascript: and data: URLs', () => {
    expect(sanitizeHtml('<a href="https://example.org/a" target="_blank">site</a>')).toBe(
      '<a href="https://example.org/a" rel="noopener noreferrer nofollow">site</a>',
    );
    expect(sanitizeHtml('<a href="mailto:info@example.org">mail</a>')).toBe(
      '<a href="mailto:info@example.org" rel="noopener noreferrer nofollow">mail</a>',
    );
    expect(sanitizeHtml('<a href="javascript:alert(1)">x</a><a href=" JaVaScRiPt:alert(1)">y</a>')).toBe(
      '<a>x</a><a>y</a>',
    );
    expect(sanitizeHtml('<a href="data:text/html,<script>alert(1)</script>">z</a>')).toBe('<a>z</a>');
  });

  it('keeps the text of wrappers it does not allow', () => {
    expect(sanitizeHtml('<div><span>Doors</span> at <b>7</b></div>')).toBe('Doors at 7');
    // As the hand-written sanitizer did: only scripts, styles, frames, objects and templates lose their text.
    expect(sanitizeHtml('<p>Doors <noscript>at</noscript> <video>7</video></p>')).toBe('<p>Doors at 7</p>');
  });

  it('is null for plain text (shown with its line breaks instead)', () => {
    expect(sanitizeHtml('Doors at 7\nBar open')).toBeNull();
  });
});
