import { Button, Text } from '@mantine/core';
import { FiguresTable } from './FiguresTable';
import { ReportSection } from './ReportSection';
import type { OrganizerFigures } from './reports.types';

const HEADING = 'reports-organizers-heading';

export const organizerName = (o: Pick<OrganizerFigures, 'organizerId' | 'organizerName'>) =>
  o.organizerName ?? `Organizer ${o.organizerId}`;

/** Each organizer's figures; "Only this organizer" narrows the whole report to one (unless it already is). */
export function ByOrganizer({
  organizers,
  onOnly,
}: {
  organizers: readonly OrganizerFigures[];
  onOnly?: (organizerId: string) => void;
}) {
  return (
    <ReportSection id={HEADING} title="By organizer">
      {organizers.length === 0 ? (
        <Text size="sm">No organizer sold tickets in this period.</Text>
      ) : (
        <FiguresTable
          label="Sales by organizer"
          labelledBy={HEADING}
          nameHeader="Organizer"
          actionHeader={onOnly ? 'Filter' : undefined}
          rows={organizers.map((o) => ({
            key: `${o.organizerId}|${o.currency}`,
            name: (
              <>
                {organizerName(o)}
                {o.organizerName && (
                  <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                    {o.organizerId}
                  </Text>
                )}
              </>
            ),
            figures: o,
            action: onOnly && (
              <Button
                variant="subtle"
                size="compact-sm"
                onClick={() => onOnly(o.organizerId)}
                aria-label={`Only this organizer: ${organizerName(o)}`}
              >
                Only this organizer
              </Button>
            ),
          }))}
        />
      )}
    </ReportSection>
  );
}
