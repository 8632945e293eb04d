export type Money = { amount: number; currency: string };

export const ORDER_STATUSES = ['pending-payment', 'confirmed', 'expired', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export type OrderTicket = {
  ticketId: string;
  seatLabel: string;
  section?: string;
  tierId: string;
  tierName: string;
  price: Money;
  attendeeName: string;
};

export type Order = {
  bookingId: string;
  bookingNumber: string;
  eventId: string;
  eventTitle?: string;
  status: OrderStatus;
  statusReason?: string;
  buyerId: string;
  buyerName: string;
  buyerEmail: string;
  ticketCount: number;
  total: Money;
  tickets: OrderTicket[];
  placedAt: string;
  confirmedAt?: string;
  endedAt?: string;
};

export type OrdersPage = { items: Order[]; total: number; page: number; pageSize: number };

export type Sales = {
  eventId: string;
  ticketsSold: number;
  revenue: Money[];
  tiers: { tierId: string; tierName: string; ticketsSold: number; revenue: Money }[];
  confirmed: number;
  pending: number;
  expired: number;
  cancelled: number;
};

export type ResendAnswer = { bookingId: string; queued: boolean; nextResendAt: string; position: string };
