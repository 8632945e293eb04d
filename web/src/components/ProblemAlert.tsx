import type { ReactNode } from 'react';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { isProblem, tooManyAttemptsMessage, type FieldError } from '../lib/api';

type Props = {
  error: unknown;
  /** Heading used when the error carries none. */
  title?: string;
  onRetry?: () => void;
  /** List field errors as well (forms that show them inline pass false). */
  showFieldErrors?: boolean;
  /** Field errors to list instead of all of the problem's (e.g. only those no input shows). */
  fieldErrors?: FieldError[];
  /** More to say below the problem (e.g. what to fix). */
  children?: ReactNode;
};

/** Shows a failed request: the problem's title and detail, and its field errors if any. */
export function ProblemAlert({ error, title, onRetry, showFieldErrors = true, fieldErrors, children }: Props) {
  const problem = isProblem(error) ? error : null;
  if (problem?.status === 429) {
    return (
      <Alert color="red" variant="light" title={title} role="alert">
        <Text size="sm">{tooManyAttemptsMessage(problem)}.</Text>
      </Alert>
    );
  }
  // The caller's heading says what failed; the problem's own title then says why.
  const heading = title ?? problem?.title ?? 'Something went wrong';
  const reason = title && problem ? problem.title : undefined;
  const detail = problem ? problem.detail : error instanceof Error ? error.message : undefined;
  const listed = fieldErrors ?? problem?.errors ?? [];
  return (
    <Alert color="red" variant="light" title={heading} role="alert">
      <Stack gap="xs">
        {(reason || detail) && (
          <Text size="sm">
            {reason && <strong>{reason}. </strong>}
            {detail}
          </Text>
        )}
        {showFieldErrors && listed.length > 0 && (
          <List size="sm">
            {listed.map((e) => (
              <List.Item key={`${e.field}:${e.message}`}>
                {e.field}: {e.message}
              </List.Item>
            ))}
          </List>
        )}
        {children}
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
