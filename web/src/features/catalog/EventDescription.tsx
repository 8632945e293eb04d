import { Text, Typography } from '@mantine/core';
import { sanitizeHtml } from '../../lib/sanitize-html';

/** Plain text keeps its line breaks; simple HTML is rendered after an allowlist pass. */
export function EventDescription({ text }: { text: string }) {
  const html = sanitizeHtml(text);
  if (html === null) {
    return (
      <Text style={{ whiteSpace: 'pre-wrap' }} maw="70ch">
        {text}
      </Text>
    );
  }
  return (
    <Typography maw="70ch" p={0}>
      <div dangerouslySetInnerHTML={{ __html: html }} />
    </Typography>
  );
}
