import type { ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';

/** A part of a report: a section named by its heading (`id`), so it is a landmark to jump to. */
export function ReportSection({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}
