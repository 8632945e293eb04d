export type Availability = {
  eventId: string;
  capacity: number;
  held: number;
  sold: number;
  free: number;
  /** Global log position this snapshot reflects (a bigint as a string). */
  position: string;
};
