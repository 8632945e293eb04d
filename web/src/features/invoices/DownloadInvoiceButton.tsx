import { useState } from 'react';
import { Button, Stack, Text, VisuallyHidden } from '@mantine/core';
import { downloadInvoicePdf } from './invoices.api';
import { documentLabel } from './invoice-labels';
import type { Invoice } from './invoices.types';

/** Saves the document's PDF; says so when the download failed. */
export function DownloadInvoiceButton({ invoice, size = 'sm' }: { invoice: Invoice; size?: 'xs' | 'sm' }) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      await downloadInvoicePdf(invoice);
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <Stack gap={4} align="flex-start" maw="100%">
      {/* The label wraps: "Download Invoice ORG-2026-000123 (PDF)" is wider than a 320 px screen. */}
      <Button
        variant="light"
        size={size}
        loading={state === 'busy'}
        onClick={() => void download()}
        maw="100%"
        h="auto"
        py={6}
        styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
      >
        {size === 'xs' ? (
          <>
            <VisuallyHidden>Download </VisuallyHidden>PDF<VisuallyHidden> of {documentLabel(invoice)}</VisuallyHidden>
          </>
        ) : (
          `Download ${documentLabel(invoice)} (PDF)`
        )}
      </Button>
      {state === 'failed' && (
        <Text size="sm" c="red.8" role="alert">
          The download failed. Try again.
        </Text>
      )}
    </Stack>
  );
}
