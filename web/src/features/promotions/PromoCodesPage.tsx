import { useState, type FormEvent } from 'react';
import {
  Alert,
  Badge,
  Button,
  Checkbox,
  Container,
  Fieldset,
  Group,
  MultiSelect,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { formatLongDateTime, formatMoney } from '../../lib/format';
import { newId } from '../../lib/ids';
import type { Money } from '../../lib/money';
import { RequireSignIn } from '../auth';
import { fetchMyEvents, organizerKeys } from '../organizer/organizer.api';
import { CURRENCIES } from '../organizer/money';
import { describeAccess, describeDiscount, emptyPromoForm, type PromoFormValues, toNewPromoCode } from './promo-form';
import { createPromoCode, disablePromoCode, fetchPromoCodes, promoKeys } from './promotions.api';
import type { PromoCode } from './promotions.types';

const money = (m: Money) => formatMoney(m.amount, m.currency);

function NewPromoCodeForm() {
  const queryClient = useQueryClient();
  const events = useQuery({ queryKey: organizerKeys.all, queryFn: fetchMyEvents });
  const [values, setValues] = useState<PromoFormValues>(emptyPromoForm);
  const [errors, setErrors] = useState<ReturnType<typeof toNewPromoCode>['errors']>({});
  const [key, setKey] = useState(newId);
  const create = useMutation({
    mutationFn: (request: NonNullable<ReturnType<typeof toNewPromoCode>['request']>) => createPromoCode(request, key),
    onSuccess: () => {
      setValues(emptyPromoForm());
      setKey(newId());
      void queryClient.invalidateQueries({ queryKey: promoKeys.mine });
    },
  });
  const set = <K extends keyof PromoFormValues>(field: K, value: PromoFormValues[K]) =>
    setValues((v) => ({ ...v, [field]: value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { request, errors: found } = toNewPromoCode(values);
    setErrors(found);
    if (request) create.mutate(request);
  };
  const serverError = (field: string) => (isProblem(create.error) ? create.error.fieldMessage(field) : undefined);

  return (
    <Paper withBorder p="md" radius="md" component="form" onSubmit={submit} noValidate aria-labelledby="new-code">
      <Stack gap="sm">
        <Title order={2} size="h4" id="new-code">
          New promo code
        </Title>
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label="Code"
            value={values.code}
            onChange={(e) => set('code', e.currentTarget.value)}
            error={errors.code ?? serverError('code')}
            description="Buyers type it at checkout; case does not matter"
            maxLength={32}
            required
            w={240}
          />
          <NativeSelect
            label="Discount"
            value={values.kind}
            onChange={(e) => set('kind', e.currentTarget.value as PromoFormValues['kind'])}
            data={[
              { value: 'percent', label: 'Percentage off each ticket' },
              { value: 'amount', label: 'Amount off the order' },
              { value: 'free-ticket', label: 'One ticket free' },
              { value: 'none', label: 'No discount (access code)' },
            ]}
            w={240}
          />
          {(values.kind === 'percent' || values.kind === 'amount') && (
            <TextInput
              label={values.kind === 'percent' ? 'Percent' : 'Amount'}
              value={values.value}
              onChange={(e) => set('value', e.currentTarget.value)}
              error={errors.value}
              inputMode="decimal"
              required
              w={120}
            />
          )}
          {values.kind === 'amount' && (
            <NativeSelect
              label="Currency"
              value={values.currency}
              onChange={(e) => set('currency', e.currentTarget.value)}
              data={[...CURRENCIES]}
              w={100}
            />
          )}
        </Group>
        <Fieldset legend="Access (optional)" variant="unstyled">
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label="Unlocks hidden price tiers"
              description="Tier ids, comma-separated"
              value={values.unlockTierIds}
              onChange={(e) => set('unlockTierIds', e.currentTarget.value)}
              error={errors.unlockTierIds ?? serverError('access.tierIds') ?? serverError('access')}
              w={240}
            />
            <Checkbox
              mt={30}
              label="Early access: holds before sales open"
              checked={values.presale}
              onChange={(e) => set('presale', e.currentTarget.checked)}
            />
          </Group>
        </Fieldset>
        <Fieldset legend="Limits (optional)" variant="unstyled">
          <Group align="flex-start" wrap="wrap">
            <TextInput
              label="Uses in all"
              value={values.maxUses}
              onChange={(e) => set('maxUses', e.currentTarget.value)}
              error={errors.maxUses}
              inputMode="numeric"
              w={140}
            />
            <TextInput
              label="Uses per buyer"
              value={values.maxUsesPerBuyer}
              onChange={(e) => set('maxUsesPerBuyer', e.currentTarget.value)}
              error={errors.maxUsesPerBuyer}
              inputMode="numeric"
              w={140}
            />
            <TextInput
              type="datetime-local"
              label="Valid from"
              value={values.validFrom}
              onChange={(e) => set('validFrom', e.currentTarget.value)}
              error={errors.validFrom}
              w={220}
            />
            <TextInput
              type="datetime-local"
              label="Valid until"
              value={values.validUntil}
              onChange={(e) => set('validUntil', e.currentTarget.value)}
              error={errors.validUntil}
              w={220}
            />
          </Group>
          <Group align="flex-start" wrap="wrap" mt="sm">
            <MultiSelect
              label="Only for these events"
              placeholder={values.eventIds.length ? undefined : 'All my events'}
              data={(events.data?.items ?? []).map((e) => ({ value: e.id, label: e.title }))}
              value={values.eventIds}
              onChange={(ids) => set('eventIds', ids)}
              searchable
              w={360}
            />
            <TextInput
              label="Only for these price tiers"
              description="Tier ids, comma-separated; empty for all"
              value={values.tierIds}
              onChange={(e) => set('tierIds', e.currentTarget.value)}
              w={240}
            />
          </Group>
        </Fieldset>
        <div>
          <Button type="submit" loading={create.isPending}>
            Create code
          </Button>
        </div>
        {create.isError && <ProblemAlert error={create.error} title="Could not create the code" />}
        {create.isSuccess && (
          <Alert color="green" variant="light" role="status">
            Code {create.data.code} created.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function limitsOf(code: PromoCode): string {
  const parts = [
    code.maxUses !== undefined ? `${code.uses} of ${code.maxUses} used` : `${code.uses} in use`,
    code.maxUsesPerBuyer !== undefined ? `${code.maxUsesPerBuyer} per buyer` : undefined,
    code.validFrom ? `from ${formatLongDateTime(code.validFrom)}` : undefined,
    code.validUntil ? `until ${formatLongDateTime(code.validUntil)}` : undefined,
    code.eventIds ? `${code.eventIds.length} event${code.eventIds.length === 1 ? '' : 's'}` : undefined,
    code.tierIds ? `tiers ${code.tierIds.join(', ')}` : undefined,
  ];
  return parts.filter(Boolean).join(' · ');
}

function PromoCodeList() {
  const queryClient = useQueryClient();
  const codes = useQuery({ queryKey: promoKeys.mine, queryFn: ({ signal }) => fetchPromoCodes(signal) });
  const disable = useMutation({
    mutationFn: disablePromoCode,
    onSettled: () => void queryClient.invalidateQueries({ queryKey: promoKeys.mine }),
  });
  if (codes.isPending) return <Skeleton height={120} aria-label="Loading your codes" />;
  if (codes.isError)
    return <ProblemAlert error={codes.error} title="Could not load your codes" onRetry={() => void codes.refetch()} />;
  if (codes.data.items.length === 0) return <Text>No promo codes yet.</Text>;
  return (
    <>
      {disable.isError && <ProblemAlert error={disable.error} title="Could not disable the code" />}
      <Table.ScrollContainer minWidth={640}>
        <Table aria-label="My promo codes" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Code</Table.Th>
              <Table.Th>Discount and access</Table.Th>
              <Table.Th>Limits and uses</Table.Th>
              <Table.Th>Given in all</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {codes.data.items.map((code) => (
              <Table.Tr key={code.promoId}>
                <Table.Td ff="monospace">{code.code}</Table.Td>
                <Table.Td>
                  {describeDiscount(code, money)}
                  {code.access && (
                    <Text size="xs" c="dimmed">
                      {describeAccess(code)}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{limitsOf(code)}</Table.Td>
                <Table.Td>{code.discounted ? money(code.discounted) : '—'}</Table.Td>
                <Table.Td>
                  <Badge color={code.status === 'active' ? 'green' : 'gray'} variant="light">
                    {code.status}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  {code.status === 'active' && (
                    <Button
                      size="xs"
                      variant="default"
                      loading={disable.isPending && disable.variables === code.promoId}
                      onClick={() => disable.mutate(code.promoId)}
                      aria-label={`Disable ${code.code}`}
                    >
                      Disable
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </>
  );
}

/** `/organizer/promo-codes`: the organizer's codes with their uses, a form for a new one, disable. */
export function PromoCodesPage() {
  return (
    <Container size="lg" px={0}>
      <title>Promo codes · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Promo codes</Title>
        <Text c="dimmed">
          Buyers enter a code at checkout. Its uses are counted as bookings are made: a booking that expires or is
          cancelled gives its use back.
        </Text>
        <RequireSignIn action="manage promo codes" roles={['organizer', 'admin']}>
          <Stack gap="lg">
            <NewPromoCodeForm />
            <PromoCodeList />
          </Stack>
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
