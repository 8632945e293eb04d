import { useSyncExternalStore } from 'react';

/**
 * Saved copies of one user's data, for reading it offline (the tickets of a booking at the door of
 * a venue without signal). Kept in IndexedDB by the pages that show the data, when they load it
 * online; the service worker never caches /api, so nothing else of any user is kept.
 *
 * Every copy is keyed by its user's id and read only with it, and the device keeps one user's
 * copies at a time: a sign-in of someone else drops the previous user's (claimSavedCopies), a
 * sign-out drops them all (forgetSavedCopies). Whose copies they are is also kept in
 * localStorage, for a start-up offline, when the session cannot be restored to say who is signed
 * in (savedCopiesOwner).
 */
export type SavedCopy<T> = { value: T; savedAt: string };

type Row = { userId: string; key: string; value: unknown; savedAt: string };

const DB_NAME = 'seatwise-saved';
const STORE = 'copies';
const OWNER_KEY = 'seatwise-saved-owner';

let opened: Promise<IDBDatabase> | null = null;

function database(): Promise<IDBDatabase> {
  opened ??= new Promise<IDBDatabase>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => {
      const store = request.result.createObjectStore(STORE, { keyPath: ['userId', 'key'] });
      store.createIndex('userId', 'userId');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
  opened.catch(() => {
    opened = null; // try again next time (e.g. storage was briefly unavailable)
  });
  return opened;
}

/** Runs `use` in one transaction and resolves when it has committed. */
async function transact<T>(mode: IDBTransactionMode, use: (store: IDBObjectStore) => IDBRequest<T> | void) {
  const db = await database();
  return new Promise<T | undefined>((resolve, reject) => {
    const tx = db.transaction(STORE, mode);
    const request = use(tx.objectStore(STORE));
    tx.oncomplete = () => resolve(request ? request.result : undefined);
    tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
  });
}

function setOwner(userId: string | null): void {
  try {
    if (userId) localStorage.setItem(OWNER_KEY, userId);
    else localStorage.removeItem(OWNER_KEY);
  } catch {
    // Storage may be off (private mode): then there is no offline copy to show at start-up either.
  }
}

/** The user whose copies this device keeps (the last one signed in, until they sign out). */
export function savedCopiesOwner(): string | null {
  try {
    return localStorage.getItem(OWNER_KEY);
  } catch {
    return null;
  }
}

/**
 * Whose copies a page may show: the signed-in user's, else (the session could not be restored
 * because the device is offline) the owner's, else none.
 */
export function copiesReader(signedInUserId: string | null, online: boolean, owner: string | null): string | null {
  if (signedInUserId) return signedInUserId;
  return online ? null : owner;
}

let persistenceAsked = false;

/**
 * Asks once per page load that the browser keep this origin's storage under pressure (granted
 * without a prompt to an installed app in Chromium): tickets evicted at the door would defeat them.
 */
function askToPersist(): void {
  if (persistenceAsked || typeof navigator === 'undefined' || !navigator.storage?.persist) return;
  persistenceAsked = true;
  navigator.storage.persist().catch(() => undefined);
}

/** Saves (replaces) one copy of the user's, stamped now. Failures are ignored: a copy is a convenience. */
export async function saveCopy(userId: string, key: string, value: unknown, now = new Date()): Promise<void> {
  if (savedCopiesOwner() !== userId) await claimSavedCopies(userId);
  askToPersist();
  const row: Row = { userId, key, value, savedAt: now.toISOString() };
  await transact('readwrite', (store) => store.put(row)).catch(() => undefined);
}

/** The user's copy under this key, if one was saved. */
export async function readCopy<T>(userId: string, key: string): Promise<SavedCopy<T> | null> {
  const row = (await transact<Row | undefined>('readonly', (store) => store.get([userId, key])).catch(
    () => undefined,
  )) as Row | undefined;
  return row ? { value: row.value as T, savedAt: row.savedAt } : null;
}

/** The user's copies whose keys start with `prefix`. */
export async function readCopies<T>(userId: string, prefix: string): Promise<SavedCopy<T>[]> {
  const rows = ((await transact<Row[]>('readonly', (store) => store.index('userId').getAll(userId)).catch(() => [])) ??
    []) as Row[];
  return copiesUnder<T>(rows, userId, prefix);
}

/** The rows of this user under this prefix, as copies (what readCopies keeps of a store's rows). */
export function copiesUnder<T>(rows: readonly Row[], userId: string, prefix: string): SavedCopy<T>[] {
  return rows
    .filter((row) => row.userId === userId && row.key.startsWith(prefix))
    .map((row) => ({ value: row.value as T, savedAt: row.savedAt }));
}

/** Someone signed in: the copies of anyone else go, and theirs are the ones kept from now on. */
export async function claimSavedCopies(userId: string): Promise<void> {
  const owner = savedCopiesOwner();
  setOwner(userId);
  if (owner === userId) return;
  await transact('readwrite', (store) => {
    const cursor = store.openCursor();
    cursor.onsuccess = () => {
      const at = cursor.result;
      if (!at) return;
      if ((at.value as Row).userId !== userId) at.delete();
      at.continue();
    };
  }).catch(() => undefined);
}

/** Signed out: every saved copy goes. */
export async function forgetSavedCopies(): Promise<void> {
  setOwner(null);
  await transact('readwrite', (store) => store.clear()).catch(() => undefined);
}

function subscribeOnline(onChange: () => void): () => void {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}

/** Whether the browser says it is online (false offline, in an installed app or a browser tab). */
export function useOnline(): boolean {
  return useSyncExternalStore(
    subscribeOnline,
    () => navigator.onLine,
    () => true,
  );
}
