import { Button, Divider, Stack } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fetchProviders, startOidc } from './auth.api';
import { rememberReturnTo } from './return-to';

/** "Continue with …" for each identity provider the server has configured (none: nothing shown). */
export function SocialButtons({ returnTo }: { returnTo: string }) {
  const providers = useQuery({ queryKey: ['auth', 'providers'], queryFn: fetchProviders, staleTime: 300_000 });
  const start = useMutation({
    mutationFn: (provider: string) => startOidc(provider, returnTo),
    onSuccess: (authorizationUrl) => {
      rememberReturnTo(returnTo);
      window.location.assign(authorizationUrl);
    },
  });
  const items = providers.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Stack gap="sm">
      <Divider label="or" labelPosition="center" />
      {items.map((provider) => (
        <Button
          key={provider.id}
          variant="default"
          loading={start.isPending && start.variables === provider.id}
          disabled={start.isPending || start.isSuccess}
          onClick={() => start.mutate(provider.id)}
        >
          Continue with {provider.name}
        </Button>
      ))}
      {start.isError && <ProblemAlert error={start.error} title="Could not start the sign-in" />}
    </Stack>
  );
}
