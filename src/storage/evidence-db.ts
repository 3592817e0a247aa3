/**
 * Evidence blobs (screenshots, later frames) live in IndexedDB: they are too big for chrome.storage and must survive
 * the service worker stopping. Shared by the service worker (writes) and the extension pages (reads).
 */
export interface EvidenceRecord {
  id: string;
  generationKey: string;
  /**
   * 'screenshot': the provider tab (JPEG). 'frame': one frame of the generation's video, kept by the frame analysis
   * (a finding's evidence) at `t` seconds, a JPEG about 320 px wide; the person may mark it in the popup
   * (Case.marks). Readers that build bundles name frames by `t`. 'card': the generation's card the person picked on
   * the page (PNG, drawn by html2canvas), just that card; `note` says what had to be left out of it.
   */
  kind: 'screenshot' | 'frame' | 'card';
  /** Cards: what the picture does not show (cross-origin images left out), in words for the person. */
  note?: string;
  mime: string;
  /** A data: URL; small JPEGs, so the popup can show them without blob URLs (unavailable in the worker). */
  dataUrl: string;
  pageUrl?: string;
  /** Frames: seconds from the start of the video. */
  t?: number;
  capturedAt: number;
}

const DB = 'ava-evidence';
const STORE = 'evidence';
/** v1: screenshots by generation. v2: video frames too, with an index to list one generation's records by kind. */
const DB_VERSION = 2;

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, DB_VERSION);
    req.onupgradeneeded = (e) => {
      // Step by step from whatever version is on disk, so existing screenshots are kept as they are.
      const old = e.oldVersion;
      const s = old < 1 ? req.result.createObjectStore(STORE, { keyPath: 'id' }) : req.transaction!.objectStore(STORE);
      if (old < 1) s.createIndex('byGeneration', 'generationKey');
      if (old < 2) s.createIndex('byGenerationKind', ['generationKey', 'kind']);
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
/** One generation's records of one kind (e.g. its video frames), in storage order. */
export const evidenceOfKind = (generationKey: string, kind: EvidenceRecord['kind']) =>
  tx<EvidenceRecord[]>('readonly', (s) => s.index('byGenerationKind').getAll([generationKey, kind]));
export const deleteEvidence = (id: string) => tx('readwrite', (s) => s.delete(id)).then(() => undefined);
