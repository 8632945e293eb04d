import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { isProblem } from '../lib/api';

type Props = {
  error: unknown;
  /** Heading used when the error carries none. */
  title?: string;
  onRetry?: () => void;
  /** List field errors as well (forms that show them inline pass false). */
  showFieldErrors?: boolean;
};

/** Shows a failed request: the problem's title and detail, and its field errors if any. */
export function ProblemAlert({ error, title, onRetry, showFieldErrors = true }: Props) {
  const problem = isProblem(error) ? error : null;
  const heading = problem?.title ?? title ?? 'Something went wrong';
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Stack gap="xs">
        {detail && <Text size="sm">{detail}</Text>}
        {showFieldErrors && problem && problem.errors.length > 0 && (
          <List size="sm">
            {problem.errors.map((e) => (
              <List.Item key={`${e.field}:${e.message}`}>
                {e.field}: {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {onRetry && (
          <div>
            <Button size="xs" variant="default" onClick={onRetry}>
              Try again
            </Button>
          </div>
        )}
      </Stack>
    </Alert>
  );
}
