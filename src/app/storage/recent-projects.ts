/** A project kept on this machine, as listed in "continue where you left off". */
export interface RecentProject {
  key: string;
  name: string;
  /** Milliseconds since the epoch. */
  savedAt: number;
  /** Size of the project file: bytes (characters, in records kept before files were bytes). */
  size: number;
  nodes: number;
  edges: number;
}

const DB_NAME = 'brobyggare';
const DB_VERSION = 1;
/** The list is read on every visit; the (possibly large) project texts only when one is opened. */
const META = 'recent';
const FILES = 'projects';
/** Older projects are forgotten so the machine's storage does not fill up. */
const KEEP = 8;

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      request.result.createObjectStore(META, { keyPath: 'key' });
      request.result.createObjectStore(FILES);
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('indexedDB.open failed'));
  });
}

async function transact<T>(
  mode: IDBTransactionMode,
  work: (meta: IDBObjectStore, files: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const db = await openDb();
  try {
    return await new Promise<T | undefined>((resolve, reject) => {
      const tx = db.transaction([META, FILES], mode);
      const request = work(tx.objectStore(META), tx.objectStore(FILES));
      tx.oncomplete = () => resolve(request ? request.result : undefined);
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });
  } finally {
    db.close();
  }
}

/** The kept projects, newest first. */
export async function listRecent(): Promise<RecentProject[]> {
  const all = await transact<RecentProject[]>('readonly', (meta) => meta.getAll());
  return (all ?? []).sort((a, b) => b.savedAt - a.savedAt);
}

/**
 * Keeps a project file. It is stored as a Blob: IndexedDB takes a Blob by reference, where a
 * project's text was copied on the main thread (20 ms for a 10,000-node project).
 */
export async function saveRecent(project: RecentProject, file: Blob): Promise<void> {
  const older = (await listRecent()).filter((p) => p.key !== project.key).slice(KEEP - 1);
  await transact('readwrite', (meta, files) => {
    meta.put(project);
    files.put(file, project.key);
    for (const p of older) {
      meta.delete(p.key);
      files.delete(p.key);
    }
  });
}

/** The project file's bytes, or null when it has been forgotten. */
export async function readRecent(key: string): Promise<ArrayBuffer | null> {
  const kept = await transact<unknown>('readonly', (_meta, files) => files.get(key));
  if (kept instanceof Blob) return kept.arrayBuffer();
  // Kept as text before.
  if (typeof kept === 'string') return new TextEncoder().encode(kept).buffer as ArrayBuffer;
  return null;
}

export async function forgetRecent(key: string): Promise<void> {
  await transact('readwrite', (meta, files) => {
    meta.delete(key);
    files.delete(key);
  });
}

export async function forgetAllRecent(): Promise<void> {
  await transact('readwrite', (meta, files) => {
    meta.clear();
    files.clear();
  });
}
