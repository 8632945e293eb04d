import { useEffect, useState } from 'react';
import { Alert, Button, Group, Image, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { ProblemAlert } from '../../components/ProblemAlert';
import { useSession } from '../auth';
import { bookingFiles, downloadBookingFile, ticketsQuery } from './booking.api';
import { bookingRef } from './booking-ref';
import type { IssuedTicket } from './booking.types';
import { saveTickets } from './saved-bookings';

const svgSource = (svg: string) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;

/** Saves one of the booking's files; says so if it fails (the button stays usable to try again). */
function DownloadButton({
  bookingId,
  file,
  label,
}: {
  bookingId: string;
  file: keyof typeof bookingFiles;
  label: string;
}) {
  const [state, setState] = useState<'idle' | 'busy' | 'failed'>('idle');
  const download = async () => {
    setState('busy');
    try {
      await downloadBookingFile(bookingId, file, bookingRef(bookingId).slice(1));
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return (
    <Stack gap={4}>
      <Button
        variant="light"
        loading={state === 'busy'}
        onClick={() => void download()}
        data-testid={`download-${file}`}
      >
        {label}
      </Button>
      {state === 'failed' && (
        <Text size="sm" c="red.8" role="alert">
          The download failed. Try again.
        </Text>
      )}
    </Stack>
  );
}

/** Each ticket's QR code, place, tier, holder and code text (live, or a copy saved on the device). */
export function TicketCodeGrid({ tickets }: { tickets: IssuedTicket[] }) {
  return (
    <SimpleGrid
      cols={{ base: 1, sm: 2 }}
      component="ul"
      m={0}
      p={0}
      style={{ listStyle: 'none' }}
      data-testid="ticket-codes"
    >
      {tickets.map((ticket) => (
        <Paper component="li" key={ticket.ticketId} withBorder p="sm" radius="md">
          <Stack gap={6} align="center">
            <Image
              src={svgSource(ticket.qrSvg)}
              alt={`QR code for ${ticket.seatLabel}, ${ticket.attendeeName}`}
              w={200}
              h={200}
              fit="contain"
              bg="white"
            />
            <Text fw={600} ta="center">
              {ticket.seatLabel}
            </Text>
            <Text size="sm" ta="center">
              {ticket.tierName} · {ticket.attendeeName}
            </Text>
            <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }} data-testid="ticket-code">
              {ticket.code}
            </Text>
          </Stack>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** A confirmed booking's entry passes: each ticket's QR code and code text, the PDF and the calendar entry. */
export function TicketCodes({ bookingId }: { bookingId: string }) {
  const { user } = useSession();
  const tickets = useQuery({ ...ticketsQuery(user?.id ?? 'anonymous', bookingId), enabled: user !== null });
  // Kept on the device, to show at the door without signal (saved-bookings.ts).
  const userId = user?.id;
  useEffect(() => {
    if (userId && tickets.data) void saveTickets(userId, tickets.data);
  }, [userId, tickets.data]);
  return (
    <Stack gap="xs" component="section" aria-labelledby="ticket-codes-heading">
      <Title order={2} size="h3" id="ticket-codes-heading">
        Entry codes
      </Title>
      <Group gap="sm">
        <DownloadButton bookingId={bookingId} file="pdf" label="Download tickets (PDF)" />
        <DownloadButton bookingId={bookingId} file="ics" label="Add to calendar (.ics)" />
      </Group>
      {tickets.isPending ? (
        <Skeleton height={220} aria-hidden="true" />
      ) : tickets.isError ? (
        <ProblemAlert
          error={tickets.error}
          title="Could not load the entry codes"
          onRetry={() => void tickets.refetch()}
        />
      ) : tickets.data.tickets.length === 0 ? (
        <Alert>This booking has no tickets.</Alert>
      ) : (
        <TicketCodeGrid tickets={tickets.data.tickets} />
      )}
    </Stack>
  );
}
