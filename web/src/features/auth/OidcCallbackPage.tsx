import { useEffect, useState } from 'react';
import { Anchor, Container, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { ProblemAlert } from '../../components/ProblemAlert';
import { once } from '../../lib/once';
import { completeOidc } from './auth.api';
import { takeReturnTo } from './return-to';
import { useSession } from './session-context';

/** `/auth/callback/:provider`: hands the provider's `code` and `state` to the API, then signs in. */
export function OidcCallbackPage() {
  const { provider = '' } = useParams();
  const [params] = useSearchParams();
  const { signInWith } = useSession();
  const navigate = useNavigate();
  const [error, setError] = useState<unknown>(null);
  const code = params.get('code');
  const state = params.get('state');
  const providerError = params.get('error');

  useEffect(() => {
    if (!code || !state) return;
    // An authorization code works once: StrictMode's second effect must not post it again.
    once(`oidc:${provider}:${code}`, () => completeOidc(provider, code, state)).then(
      (auth) => {
        signInWith(auth);
        navigate(takeReturnTo(), { replace: true });
      },
      (e: unknown) => setError(e),
    );
  }, [provider, code, state, signInWith, navigate]);

  const failed = Boolean(providerError || !code || !state || error);
  return (
    <Container size={460} px={0}>
      <title>Signing in · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>{failed ? 'Sign-in failed' : 'Signing you in…'}</Title>
        {!failed && (
          <Group gap="xs" role="status">
            <Loader size="sm" aria-hidden="true" />
            <Text>Completing the sign-in with {provider}.</Text>
          </Group>
        )}
        {failed && (
          <>
            {error ? (
              <ProblemAlert error={error} title="The identity provider's answer was not accepted" />
            ) : (
              <Text>
                {providerError === 'access_denied'
                  ? 'The sign-in was cancelled.'
                  : `The identity provider did not complete the sign-in${providerError ? ` (${providerError})` : ''}.`}
              </Text>
            )}
            <Anchor component={Link} to="/login">
              Back to the login page
            </Anchor>
          </>
        )}
      </Stack>
    </Container>
  );
}
