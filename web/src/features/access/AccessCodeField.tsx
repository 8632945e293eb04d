import { useState } from 'react';
import { Alert, Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { isProblem } from '../../lib/api';
import { formatMoney } from '../../lib/format';
import { checkAccess } from './access.api';
import type { EventAccess } from './access.types';

/**
 * "Have an access code?" on the event page: the attendee types a code of the organizer's, the
 * server says what it opens here (hidden price tiers, holds before sales open), and the page
 * shows them. The hold and the checkout then carry the code; the server checks it again each time.
 */
export function AccessCodeField({
  eventId,
  access,
  onAccess,
  formatTime,
}: {
  eventId: string;
  access: EventAccess | undefined;
  onAccess: (access: EventAccess | undefined) => void;
  formatTime: (iso: string) => string;
}) {
  const [open, setOpen] = useState(false);
  const [typed, setTyped] = useState('');
  const check = useMutation({
    mutationFn: (code: string) => checkAccess(eventId, code),
    onSuccess: (granted) => {
      onAccess(granted);
      setTyped('');
      setOpen(false);
    },
  });
  const apply = () => {
    const code = typed.trim();
    if (code) check.mutate(code);
  };
  const error = isProblem(check.error) ? (check.error.detail ?? check.error.message) : undefined;

  if (access) {
    return (
      <Alert color="teal" variant="light" title={`Access code ${access.code}`} role="status">
        <Stack gap={6}>
          {access.tiers.length > 0 && (
            <>
              <Text size="sm">It unlocks:</Text>
              <List size="sm" aria-label="Unlocked price tiers">
                {access.tiers.map((tier) => (
                  <List.Item key={tier.id}>
                    {tier.name} · {formatMoney(tier.price.amount, tier.price.currency)}
                  </List.Item>
                ))}
              </List>
            </>
          )}
          {access.presale && access.sales?.opensAt && (
            <Text size="sm">
              Early access: you may hold seats before sales open ({formatTime(access.sales.opensAt)}).
            </Text>
          )}
          <Group>
            <Button
              variant="subtle"
              size="compact-sm"
              onClick={() => {
                check.reset();
                onAccess(undefined);
              }}
            >
              Remove code
            </Button>
          </Group>
        </Stack>
      </Alert>
    );
  }
  if (!open) {
    return (
      <div>
        <Button variant="subtle" size="compact-sm" onClick={() => setOpen(true)}>
          Have an access code?
        </Button>
      </div>
    );
  }
  return (
    <Group align="flex-start" gap="xs">
      <TextInput
        label="Access code"
        value={typed}
        onChange={(e) => setTyped(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            apply();
          }
        }}
        error={error}
        maxLength={40}
        autoComplete="off"
        data-autofocus
        w={220}
      />
      <Button mt={25} variant="default" onClick={apply} loading={check.isPending} disabled={!typed.trim()}>
        Apply code
      </Button>
    </Group>
  );
}
