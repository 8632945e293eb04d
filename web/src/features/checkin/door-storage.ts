import type { DoorScan, QueuedScan, TicketKeys, TicketRevocations } from './checkin.types';

/** The part of Web Storage the door uses (localStorage in the page; a Map in specs). */
export type DoorStore = Pick<Storage, 'getItem' | 'setItem'>;

/**
 * What a door device keeps per event, so it keeps working offline (and across a reload): the
 * event's public keys and revocation list as last synced, the scans not uploaded yet, and the
 * tickets this device admitted (a second scan here is refused without the server).
 */
export class DoorStorage {
  constructor(
    private readonly store: DoorStore,
    private readonly eventId: string,
  ) {}

  /** This device's id, made once and kept: the server reports double uses by scanner. */
  scannerId(makeId: () => string): string {
    const existing = this.store.getItem('checkin:scanner-id');
    if (existing) return existing;
    const id = `scanner-${makeId().slice(0, 8)}`;
    this.store.setItem('checkin:scanner-id', id);
    return id;
  }

  saveSync(keys: TicketKeys, revocations: TicketRevocations): void {
    this.write('sync', { keys, revocations, syncedAt: new Date().toISOString() });
  }

  sync(): { keys: TicketKeys; revocations: TicketRevocations; syncedAt: string } | undefined {
    return this.read('sync');
  }

  queue(): QueuedScan[] {
    return this.read<QueuedScan[]>('queue') ?? [];
  }

  enqueue(scan: QueuedScan): void {
    this.write('queue', [...this.queue(), scan]);
  }

  /** Drops the scans the server answered (by nonce); the rest wait for the next upload. */
  dequeue(nonces: Iterable<string>): void {
    const done = new Set(nonces);
    this.write(
      'queue',
      this.queue().filter((scan) => !done.has(scan.nonce)),
    );
  }

  /** Where this device first admitted the ticket while offline, if it did. */
  usedHere(ticketId: string): DoorScan | undefined {
    return this.read<Record<string, DoorScan>>('used')?.[ticketId];
  }

  markUsed(ticketId: string, scan: DoorScan): void {
    this.write('used', { ...this.read<Record<string, DoorScan>>('used'), [ticketId]: scan });
  }

  private key(name: string): string {
    return `checkin:${this.eventId}:${name}`;
  }

  private read<T>(name: string): T | undefined {
    const text = this.store.getItem(this.key(name));
    if (!text) return undefined;
    try {
      return JSON.parse(text) as T;
    } catch {
      return undefined;
    }
  }

  private write(name: string, value: unknown): void {
    this.store.setItem(this.key(name), JSON.stringify(value));
  }
}
