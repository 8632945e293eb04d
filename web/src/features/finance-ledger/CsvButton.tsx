import { useState } from 'react';
import { Button, Stack } from '@mantine/core';
import { ProblemAlert } from '../../components/ProblemAlert';

/** A download the API serves to finance only: fetched with the bearer token on click (see finance-ledger.api.ts). */
export function CsvButton({ label, download }: { label: string; download: () => Promise<void> }) {
  const [state, setState] = useState<{ busy: boolean; error?: unknown }>({ busy: false });
  const run = async () => {
    setState({ busy: true });
    try {
      await download();
      setState({ busy: false });
    } catch (error) {
      setState({ busy: false, error });
    }
  };
  return (
    <Stack gap="xs">
      <Button variant="default" onClick={() => void run()} loading={state.busy}>
        {label}
      </Button>
      {state.error !== undefined && <ProblemAlert error={state.error} title="Could not download the CSV" />}
    </Stack>
  );
}
