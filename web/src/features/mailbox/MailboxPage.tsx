import { useState } from 'react';
import { Alert, Button, Container, Grid, Skeleton, Stack, Text, Title, UnstyledButton } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { fetchMailbox } from './mailbox.api';
import { MailView } from './MailView';

/** Demo mode: the mails the server would have sent, so links in them can be followed. */
export function MailboxPage() {
  const mailbox = useQuery({
    queryKey: ['dev', 'mailbox'],
    queryFn: fetchMailbox,
    refetchInterval: 5_000,
    retry: false,
  });
  const [openId, setOpenId] = useState<string | null>(null);
  const items = mailbox.data?.items ?? [];
  const open = items.find((mail) => mail.id === openId) ?? null;

  return (
    <Container size="lg" px={0}>
      <title>Demo mailbox · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Demo mailbox</Title>
        <Text c="dimmed">Mails the server sent while in demo mode (nothing leaves the server). Newest first.</Text>
        {mailbox.isPending ? (
          <Skeleton height={160} aria-hidden="true" />
        ) : mailbox.isError ? (
          isProblem(mailbox.error) && mailbox.error.status === 404 ? (
            <Alert color="blue" variant="light" title="Not available">
              The mailbox exists only when the server runs in demo mode.
            </Alert>
          ) : (
            <ProblemAlert
              error={mailbox.error}
              title="Could not load the mailbox"
              onRetry={() => void mailbox.refetch()}
            />
          )
        ) : items.length === 0 ? (
          <Text>No mails yet. Sign up or ask for a password reset, and the mail shows up here.</Text>
        ) : (
          <Grid gutter="md">
            <Grid.Col span={{ base: 12, md: 5 }}>
              <Stack component="ul" gap={6} p={0} m={0} aria-label="Mails" style={{ listStyle: 'none' }}>
                {items.map((mail) => (
                  <li key={mail.id}>
                    <UnstyledButton
                      onClick={() => setOpenId(mail.id)}
                      aria-current={mail.id === openId ? 'true' : undefined}
                      p="sm"
                      w="100%"
                      style={{
                        border: '1px solid var(--mantine-color-default-border)',
                        borderRadius: 'var(--mantine-radius-md)',
                        background: mail.id === openId ? 'var(--mantine-color-default-hover)' : undefined,
                      }}
                    >
                      <Text component="span" display="block" fw={600} size="sm">
                        {mail.subject}
                      </Text>
                      <Text component="span" display="block" size="xs" c="dimmed">
                        To {mail.to} · {formatDateTime(mail.sentAt)}
                      </Text>
                    </UnstyledButton>
                  </li>
                ))}
              </Stack>
              <Button variant="subtle" size="xs" mt="xs" onClick={() => void mailbox.refetch()}>
                Check for new mail
              </Button>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 7 }}>
              {open ? <MailView mail={open} /> : <Text>Choose a mail to read it.</Text>}
            </Grid.Col>
          </Grid>
        )}
      </Stack>
    </Container>
  );
}
