import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { QUICK_RANGES, type RangeErrors, type ReportRange, parseRange, sameRange } from './report-range';

/**
 * The report's days: From and To (UTC days, both included), or a quick period applied at once. The page
 * remounts it (key) when the range in the URL changes, so the fields show what is applied. The API
 * checks the range too (at most MAX_RANGE_DAYS days); these checks only spare a round trip.
 */
export function ReportRangeForm({ range, onApply }: { range: ReportRange; onApply: (range: ReportRange) => void }) {
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const [errors, setErrors] = useState<RangeErrors>({});
  const apply = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseRange(from, to);
    if ('errors' in parsed) {
      setErrors(parsed.errors);
      return;
    }
    setErrors({});
    onApply(parsed.range);
  };
  const now = new Date();
  return (
    <form onSubmit={apply} noValidate aria-label="Report period">
      <Stack gap="sm">
        <Group align="flex-end" wrap="wrap" gap="md">
          <TextInput
            type="date"
            label="From"
            value={from}
            max={to || undefined}
            onChange={(e) => setFrom(e.currentTarget.value)}
            error={errors.from}
            w={{ base: '100%', xs: 180 }}
          />
          <TextInput
            type="date"
            label="To"
            value={to}
            min={from || undefined}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={errors.to}
            w={{ base: '100%', xs: 180 }}
          />
          <Button type="submit" variant="default">
            Show
          </Button>
        </Group>
        <Group gap="xs" wrap="wrap" role="group" aria-label="Quick periods">
          {QUICK_RANGES.map((quick) => {
            const next = quick.range(now);
            const current = sameRange(next, range);
            return (
              <Button
                key={quick.label}
                type="button"
                size="compact-sm"
                variant={current ? 'light' : 'subtle'}
                aria-pressed={current}
                onClick={() => {
                  setFrom(next.from);
                  setTo(next.to);
                  setErrors({});
                  onApply(next);
                }}
              >
                {quick.label}
              </Button>
            );
          })}
        </Group>
      </Stack>
    </form>
  );
}
