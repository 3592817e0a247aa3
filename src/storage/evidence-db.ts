/**
 * Evidence blobs (screenshots, later frames) live in IndexedDB: they are too big for chrome.storage and must survive
 * the service worker stopping. Shared by the service worker (writes) and the extension pages (reads).
 */
export interface EvidenceRecord {
  id: string;
  generationKey: string;
  kind: 'screenshot';
  mime: string;
  /** A data: URL; small JPEGs, so the popup can show them without blob URLs (unavailable in the worker). */
  dataUrl: string;
  pageUrl?: string;
  capturedAt: number;
}

const DB = 'ava-evidence';
const STORE = 'evidence';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => {
      const s = req.result.createObjectStore(STORE, { keyPath: 'id' });
      s.createIndex('byGeneration', 'generationKey');
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB open failed'));
  });
}

async function tx<T>(mode: IDBTransactionMode, run: (s: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const t = db.transaction(STORE, mode);
      const req = run(t.objectStore(STORE));
      t.oncomplete = () => resolve(req.result);
      t.onerror = () => reject(t.error ?? new Error('IndexedDB transaction failed'));
      t.onabort = () => reject(t.error ?? new Error('IndexedDB transaction aborted (storage full?)'));
    });
  } finally {
    db.close();
  }
}

export const putEvidence = (r: EvidenceRecord) => tx('readwrite', (s) => s.put(r)).then(() => r.id);
export const getEvidence = (id: string) => tx<EvidenceRecord | undefined>('readonly', (s) => s.get(id));
export const evidenceFor = (generationKey: string) =>
  tx<EvidenceRecord[]>('readonly', (s) => s.index('byGeneration').getAll(generationKey));
