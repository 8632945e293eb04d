import { useEffect, useRef } from 'react';
import { Anchor, Code, Paper, Stack, Tabs, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { formatDateTime } from '../../lib/format';
import { inAppPath, linksIn, type Mail } from './mailbox.api';

/** One captured mail: its links (clickable), its text, and its HTML in a fully sandboxed frame. */
export function MailView({ mail }: { mail: Mail }) {
  const links = linksIn(mail.text || '');
  const ref = useRef<HTMLElement>(null);
  // Opening a mail moves focus to it (below the list on small screens).
  useEffect(() => ref.current?.focus(), [mail.id]);
  return (
    <Paper ref={ref} tabIndex={-1} withBorder p="md" radius="md" component="article" aria-labelledby="mail-subject">
      <Stack gap="sm">
        <div>
          <Title order={2} size="h4" id="mail-subject">
            {mail.subject}
          </Title>
          <Text size="sm" c="dimmed">
            To {mail.to} · {formatDateTime(mail.sentAt)}
          </Text>
        </div>
        {links.length > 0 && (
          <section aria-labelledby="mail-links">
            <Title order={3} size="h6" id="mail-links">
              Links in this mail
            </Title>
            <Stack component="ul" gap={4} p={0} m={0} style={{ listStyle: 'none' }}>
              {links.map((link) => {
                const path = inAppPath(link);
                return (
                  <li key={link}>
                    {path ? (
                      <Anchor component={Link} to={path} size="sm" style={{ wordBreak: 'break-all' }}>
                        {link}
                      </Anchor>
                    ) : (
                      <Anchor href={link} size="sm" style={{ wordBreak: 'break-all' }} rel="noreferrer">
                        {link}
                      </Anchor>
                    )}
                  </li>
                );
              })}
            </Stack>
          </section>
        )}
        <Tabs defaultValue={mail.html ? 'html' : 'text'} keepMounted={false}>
          <Tabs.List>
            {mail.html && <Tabs.Tab value="html">HTML</Tabs.Tab>}
            <Tabs.Tab value="text">Text</Tabs.Tab>
          </Tabs.List>
          {mail.html && (
            <Tabs.Panel value="html" pt="sm">
              {/* sandbox="": no scripts, no forms, no navigation: the mail is only looked at. */}
              <iframe
                title={`HTML part of “${mail.subject}”`}
                sandbox=""
                srcDoc={mail.html}
                style={{
                  width: '100%',
                  height: 420,
                  border: '1px solid var(--mantine-color-default-border)',
                  borderRadius: 6,
                  background: '#fff',
                }}
              />
            </Tabs.Panel>
          )}
          <Tabs.Panel value="text" pt="sm">
            <Code block style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
              {mail.text || '(no text part)'}
            </Code>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
