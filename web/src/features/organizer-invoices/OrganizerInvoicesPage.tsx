import { useEffect, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Container,
  Group,
  Paper,
  Skeleton,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { isProblem } from '../../lib/api';
import { RequireSignIn } from '../auth';
import { InvoiceTable } from '../invoices';
import { OrdersPager } from '../orders';
import {
  invoiceSettingsQuery,
  organizerInvoicesQuery,
  organizerInvoiceKeys,
  saveInvoiceSettings,
} from './organizer-invoices.api';
import { type SettingsFormValues, type SettingsRequest, toFormValues, toSettingsRequest } from './settings-form';

function SettingsForm() {
  const queryClient = useQueryClient();
  const settings = useQuery(invoiceSettingsQuery());
  const [values, setValues] = useState<SettingsFormValues | undefined>();
  const [errors, setErrors] = useState<ReturnType<typeof toSettingsRequest>['errors']>({});
  useEffect(() => {
    if (settings.data && !values) setValues(toFormValues(settings.data));
  }, [settings.data, values]);
  const save = useMutation({
    mutationFn: (request: SettingsRequest) => saveInvoiceSettings(request),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: organizerInvoiceKeys.settings }),
  });
  if (settings.isError)
    return (
      <ProblemAlert
        error={settings.error}
        title="Could not load your settings"
        onRetry={() => void settings.refetch()}
      />
    );
  if (!values) return <Skeleton height={200} aria-label="Loading your invoice settings" />;
  const set = (field: keyof SettingsFormValues, value: string) => setValues((v) => (v ? { ...v, [field]: value } : v));
  const serverError = (field: string) => (isProblem(save.error) ? save.error.fieldMessage(field) : undefined);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const { request, errors: found } = toSettingsRequest(values);
    setErrors(found);
    if (request) save.mutate(request);
  };
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-labelledby="settings-heading"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="settings-heading">
          Invoice settings
        </Title>
        {!settings.data?.configured && (
          <Text size="sm" c="dimmed">
            Not saved yet: invoices name you by your number prefix and charge no tax until you save these.
          </Text>
        )}
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label="Seller name"
            value={values.sellerName}
            onChange={(e) => set('sellerName', e.currentTarget.value)}
            error={errors.sellerName ?? serverError('sellerName')}
            maxLength={200}
            required
            w={320}
          />
          <TextInput
            label="Tax id"
            value={values.taxId}
            onChange={(e) => set('taxId', e.currentTarget.value)}
            error={serverError('taxId')}
            maxLength={40}
            w={200}
          />
          <TextInput
            label="Number prefix"
            description="Numbers read PREFIX-YEAR-000001"
            value={values.numberPrefix}
            onChange={(e) => set('numberPrefix', e.currentTarget.value)}
            error={errors.numberPrefix ?? serverError('numberPrefix')}
            maxLength={12}
            w={200}
          />
        </Group>
        <Textarea
          label="Seller address"
          value={values.sellerAddress}
          onChange={(e) => set('sellerAddress', e.currentTarget.value)}
          error={errors.sellerAddress ?? serverError('sellerAddress')}
          maxLength={500}
          autosize
          minRows={2}
          required
        />
        <Group align="flex-start" wrap="wrap">
          <TextInput
            label="Default tax rate (%)"
            value={values.defaultTaxRate}
            onChange={(e) => set('defaultTaxRate', e.currentTarget.value)}
            error={errors.defaultTaxRate ?? serverError('defaultTaxRate')}
            inputMode="decimal"
            required
            w={180}
          />
          <TextInput
            label="Tax rate per price tier"
            description="tier=percent, comma-separated, e.g. kids=7"
            value={values.tierTaxRates}
            onChange={(e) => set('tierTaxRates', e.currentTarget.value)}
            error={errors.tierTaxRates ?? serverError('tierTaxRates')}
            w={320}
          />
        </Group>
        <div>
          <Button type="submit" loading={save.isPending}>
            Save settings
          </Button>
        </div>
        {save.isError && <ProblemAlert error={save.error} title="Could not save the settings" />}
        {save.isSuccess && (
          <Alert color="green" variant="light" role="status">
            Saved. Invoices issued from now on print these details; issued ones never change.
          </Alert>
        )}
      </Stack>
    </Paper>
  );
}

function InvoiceList() {
  const [page, setPage] = useState(1);
  const invoices = useQuery(organizerInvoicesQuery(page));
  if (invoices.isPending) return <Skeleton height={120} aria-label="Loading your invoices" />;
  if (invoices.isError)
    return (
      <ProblemAlert
        error={invoices.error}
        title="Could not load your invoices"
        onRetry={() => void invoices.refetch()}
      />
    );
  return (
    <Stack gap="sm">
      <InvoiceTable invoices={invoices.data.items} label="My invoices" />
      <OrdersPager page={page} pageSize={invoices.data.pageSize} total={invoices.data.total} onPage={setPage} />
    </Stack>
  );
}

/** `/organizer/invoices`: the invoices and credit notes of the organizer's events, and the seller's settings. */
export function OrganizerInvoicesPage() {
  return (
    <Container size="lg" px={0}>
      <title>Invoices · Seatwise</title>
      <Stack gap="lg">
        <Title order={1}>Invoices</Title>
        <Text c="dimmed">
          Every paid booking of your events gets an invoice, every refund a credit note, numbered without gaps per year.
        </Text>
        <RequireSignIn action="see your invoices" roles={['organizer']}>
          <Stack gap="lg">
            <SettingsForm />
            <Stack gap="sm" component="section" aria-labelledby="list-heading">
              <Title order={2} size="h4" id="list-heading">
                Issued
              </Title>
              <InvoiceList />
            </Stack>
          </Stack>
        </RequireSignIn>
      </Stack>
    </Container>
  );
}
