import { Alert, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core';

/** A signing secret, shown once: after a registration or a rotation, until dismissed. */
export function SecretOnce({ secret, url, onDismiss }: { secret: string; url: string; onDismiss: () => void }) {
  return (
    <Alert color="yellow" variant="light" title="Copy the signing secret now" role="status">
      <Stack gap="xs">
        <Text size="sm">
          It signs every request to {url}. It is not shown again: keep it where your receiver can read it, or rotate it
          for a new one.
        </Text>
        <Code block aria-label="Signing secret">
          {secret}
        </Code>
        <Group gap="xs">
          <CopyButton value={secret}>
            {({ copied, copy }) => (
              <Button size="xs" variant="default" onClick={copy}>
                {copied ? 'Copied' : 'Copy secret'}
              </Button>
            )}
          </CopyButton>
          <Button size="xs" variant="subtle" onClick={onDismiss}>
            I have stored it
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
