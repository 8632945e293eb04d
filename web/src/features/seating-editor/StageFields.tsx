import { Checkbox, Paper, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import type { SeatingPlan } from '@booking/seating';
import { NumField } from './NumField';

type Stage = NonNullable<SeatingPlan['stage']>;

/** The stage (or pitch, or screen): drawn only, it orients the plan for buyers. */
export function StageFields({
  plan,
  onChange,
}: {
  plan: SeatingPlan;
  onChange: (plan: SeatingPlan, coalesce: string) => void;
}) {
  const stage = plan.stage;
  const set = (change: Partial<Stage>, key: string) =>
    stage && onChange({ ...plan, stage: { ...stage, ...change } }, `stage.${key}`);
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="stage-heading">
      <Stack gap="xs">
        <Title order={2} size="h5" id="stage-heading">
          Stage
        </Title>
        <Checkbox
          label="Show a stage"
          checked={!!stage}
          onChange={(e) =>
            onChange(
              e.currentTarget.checked
                ? { ...plan, stage: { label: 'Stage', x: 0, y: -4, width: 20, depth: 3 } }
                : { sections: plan.sections },
              'stage.toggle',
            )
          }
        />
        {stage && (
          <SimpleGrid cols={2} spacing="xs">
            <TextInput
              size="xs"
              label="Stage label"
              value={stage.label}
              maxLength={40}
              onChange={(e) => set({ label: e.currentTarget.value }, 'label')}
            />
            <NumField size="xs" label="Stage x" value={stage.x} onChange={(x) => set({ x }, 'x')} />
            <NumField size="xs" label="Stage y" value={stage.y} onChange={(y) => set({ y }, 'y')} />
            <NumField size="xs" label="Stage width" value={stage.width} onChange={(width) => set({ width }, 'width')} />
            <NumField size="xs" label="Stage depth" value={stage.depth} onChange={(depth) => set({ depth }, 'depth')} />
          </SimpleGrid>
        )}
      </Stack>
    </Paper>
  );
}
