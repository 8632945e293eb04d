import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import {
  checkinKeys,
  fetchRevocations,
  fetchTicketKeys,
  postManualCheckIn,
  postScan,
  uploadScans,
} from './checkin.api';
import type { BatchAnswer, DoorVerdict, ScanAnswer } from './checkin.types';
import { DoorStorage } from './door-storage';
import { OfflineDoor } from './offline-door';
import { refusalOf, unreachable, verdictOf } from './verdicts';

export const DEFAULT_GATE = 'Main entrance';

/**
 * The door's state: online scans go to the server; offline (switched on by hand, by the browser
 * going offline, or by a scan that cannot reach the server) they are checked on the device and
 * queued, and uploaded as one batch when the door is online again.
 */
export function useDoor(eventId: string) {
  const queryClient = useQueryClient();
  const storage = useMemo(() => new DoorStorage(window.localStorage, eventId), [eventId]);
  const scannerId = useMemo(() => storage.scannerId(() => crypto.randomUUID()), [storage]);
  const [gate, setGate] = useState(DEFAULT_GATE);
  const [offline, setOffline] = useState(() => !navigator.onLine);
  const [verdict, setVerdict] = useState<DoorVerdict>();
  const [queued, setQueued] = useState(() => storage.queue().length);
  const [syncedAt, setSyncedAt] = useState(() => storage.sync()?.syncedAt);
  const [uploaded, setUploaded] = useState<BatchAnswer>();
  const [uploadError, setUploadError] = useState<unknown>();

  const refreshCounts = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: ['checkin', eventId] }),
    [queryClient, eventId],
  );

  const sync = useCallback(async () => {
    const [keys, revocations] = await Promise.all([fetchTicketKeys(eventId), fetchRevocations(eventId)]);
    storage.saveSync(keys, revocations);
    setSyncedAt(storage.sync()?.syncedAt);
  }, [eventId, storage]);

  const upload = useCallback(async () => {
    const scans = storage.queue();
    if (scans.length === 0) return;
    try {
      const answer = await uploadScans(eventId, scans);
      storage.dequeue(answer.scans.map((scan) => scan.nonce));
      setUploaded(answer);
      setUploadError(undefined);
      refreshCounts();
    } catch (error) {
      setUploadError(error);
      if (unreachable(error)) setOffline(true);
    } finally {
      setQueued(storage.queue().length);
    }
  }, [eventId, storage, refreshCounts]);

  useEffect(() => {
    const goOnline = () => setOffline(false);
    const goOffline = () => setOffline(true);
    window.addEventListener('online', goOnline);
    window.addEventListener('offline', goOffline);
    return () => {
      window.removeEventListener('online', goOnline);
      window.removeEventListener('offline', goOffline);
    };
  }, []);

  // Online again: the keys and revocations are synced and the queued scans uploaded.
  useEffect(() => {
    if (offline) return;
    void sync().catch(() => undefined);
    void upload();
  }, [offline, sync, upload]);

  /** The server's answer shown; a ticket admitted here is known to this device offline too. */
  const remember = (answer: ScanAnswer) => {
    if (answer.status === 'admitted') {
      storage.markUsed(answer.ticketId, { at: new Date().toISOString(), gate, scannerId });
    }
    setVerdict(verdictOf(answer));
    refreshCounts();
  };

  const scanOffline = async (code: string, nonce: string, scannedAt: string) => {
    const synced = storage.sync();
    if (!synced) {
      setVerdict({ kind: 'invalid', detail: 'Offline and never synced: go online once to download the keys.' });
      return;
    }
    const door = new OfflineDoor(eventId, synced.keys, synced.revocations, storage);
    setVerdict(await door.scan(code, { nonce, gate, scannerId, scannedAt }));
    setQueued(storage.queue().length);
  };

  const scan = async (code: string) => {
    const nonce = crypto.randomUUID();
    const scannedAt = new Date().toISOString();
    if (offline) {
      await scanOffline(code, nonce, scannedAt);
      return;
    }
    try {
      remember(await postScan(eventId, { code, nonce, gate, scannerId }));
    } catch (error) {
      if (unreachable(error)) {
        setOffline(true);
        await scanOffline(code, nonce, scannedAt);
      } else {
        setVerdict(refusalOf(error));
      }
    }
  };

  const checkInManually = async (ticketId: string) => {
    try {
      remember(await postManualCheckIn(eventId, { ticketId, nonce: crypto.randomUUID(), gate, scannerId }));
    } catch (error) {
      setVerdict(refusalOf(error));
    }
  };

  return {
    gate,
    setGate,
    offline,
    setOffline,
    scannerId,
    verdict,
    scan,
    checkInManually,
    queued,
    upload,
    uploaded,
    uploadError,
    syncedAt,
    summaryKey: checkinKeys.summary(eventId),
  };
}
