import { Suspense, lazy } from 'react';
import { Skeleton, Text } from '@mantine/core';
import { looksLikeHtml } from '../../lib/looks-like-html';

// The sanitizer comes only with a description in HTML: plain text (most, and every prerendered one) needs none.
const HtmlDescription = lazy(async () => ({ default: (await import('./HtmlDescription')).HtmlDescription }));

/** Plain text keeps its line breaks; simple HTML is rendered after an allowlist pass. */
export function EventDescription({ text }: { text: string }) {
  if (!looksLikeHtml(text)) {
    return (
      <Text style={{ whiteSpace: 'pre-wrap' }} maw="70ch">
        {text}
      </Text>
    );
  }
  return (
    <Suspense fallback={<Skeleton height={64} maw="70ch" aria-hidden="true" />}>
      <HtmlDescription text={text} />
    </Suspense>
  );
}
