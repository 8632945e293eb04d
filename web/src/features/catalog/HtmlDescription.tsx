import { Typography } from '@mantine/core';
import { sanitizeHtml } from '../../lib/sanitize-html';

/** A description in simple HTML, after the allowlist pass (in its own chunk with the sanitizer: EventDescription). */
export function HtmlDescription({ text }: { text: string }) {
  return (
    <Typography maw="70ch" p={0}>
      <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(text) ?? '' }} />
    </Typography>
  );
}
