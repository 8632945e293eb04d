import { Text } from '@mantine/core';
import { FiguresTable } from './FiguresTable';
import { ReportSection } from './ReportSection';
import type { EventFigures } from './reports.types';

const HEADING = 'reports-events-heading';

/** Each event's figures, highest net first (the API's order). */
export function ByEvent({ events }: { events: readonly EventFigures[] }) {
  return (
    <ReportSection id={HEADING} title="By event">
      {events.length === 0 ? (
        <Text size="sm">No event sold tickets in this period.</Text>
      ) : (
        <FiguresTable
          label="Sales by event"
          labelledBy={HEADING}
          nameHeader="Event"
          rows={events.map((e) => ({
            key: `${e.eventId}|${e.currency}`,
            name: e.title ?? `Event ${e.eventId}`,
            figures: e,
          }))}
        />
      )}
    </ReportSection>
  );
}
