export type Availability = {
  eventId: string;
  capacity: number;
  held: number;
  sold: number;
  free: number;
  /** False once sales closed for good (the event was cancelled). */
  onSale: boolean;
  /** Places people on the waitlist wait for (absent when nobody waits): freed places go to them first. */
  waiting?: number;
  /** Global log position this snapshot reflects (a bigint as a string). */
  position: string;
};
