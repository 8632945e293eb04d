export type DoorScan = { at: string; gate: string; scannerId?: string };

/** The server's answer to one scan (POST .../check-ins and .../check-ins/manual). */
export type ScanAnswer = {
  status: 'admitted' | 'already-used';
  ticketId: string;
  bookingId: string;
  bookingNumber: string;
  attendeeName: string;
  seatLabel: string;
  firstUse?: DoorScan;
  position: string;
};

export type BatchScanAnswer = {
  nonce: string;
  status: 'admitted' | 'already-used' | 'double-use' | 'invalid' | 'revoked' | 'not-found';
  ticketId?: string;
  bookingNumber?: string;
  attendeeName?: string;
  seatLabel?: string;
  firstUse?: DoorScan;
  code?: string;
  detail?: string;
};
export type BatchAnswer = { scans: BatchScanAnswer[]; doubleUses: number; position: string };

export type CheckInSummary = {
  eventId: string;
  issued: number;
  valid: number;
  revoked: number;
  checkedIn: number;
  bySection: { sectionId?: string; sectionName: string; valid: number; checkedIn: number }[];
  byGate: { gate: string; checkedIn: number }[];
  doubleUses: {
    ticketId: string;
    bookingNumber: string;
    attendeeName: string;
    seatLabel: string;
    first: DoorScan;
    second: DoorScan;
    admitted: boolean;
    recordedAt: string;
  }[];
};

export type DoorAttendee = {
  ticketId: string;
  bookingId: string;
  bookingNumber: string;
  attendeeName: string;
  buyerName: string;
  seatLabel: string;
  status: 'valid' | 'revoked';
  checkedIn?: DoorScan;
};

export type TicketKeys = { eventId: string; keys: { eventId: string; kid: number; publicKey: string }[] };
export type TicketRevocations = {
  eventId: string;
  revocations: { ticketId: string; reissue: number; reason: 'cancelled' | 'reissued'; at: string }[];
};

/** A scan as the door keeps it while offline, and uploads later. */
export type QueuedScan = { code: string; nonce: string; gate: string; scannerId: string; scannedAt: string };

/** What the banner shows after a scan. */
export type DoorVerdict =
  | { kind: 'admitted'; attendeeName?: string; seatLabel?: string; offline: boolean }
  | { kind: 'already-used'; firstUse: DoorScan; attendeeName?: string; offline: boolean }
  | { kind: 'invalid'; detail: string }
  | { kind: 'revoked'; detail: string };
