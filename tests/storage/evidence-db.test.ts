/**
 * The evidence IndexedDB (src/storage/evidence-db.ts) on fake-indexeddb: a database written by the v1 code (screenshots
 * only) is upgraded to v2 in place, the screenshots survive, and video frames are stored and listed by kind.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { deleteEvidence, evidenceFor, evidenceOfKind, getEvidence, putEvidence } from '../../src/storage/evidence-db.ts';

/** Exactly what the v1 module created: one store, keyed by id, indexed by generation. */
function makeV1(shot: Record<string, unknown>): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('ava-evidence', 1);
    req.onupgradeneeded = () => {
      const s = req.result.createObjectStore('evidence', { keyPath: 'id' });
      s.createIndex('byGeneration', 'generationKey');
      s.put(shot);
    };
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('evidence database', () => {
  it('upgrades a v1 database without losing its screenshots, then keeps frames beside them', async () => {
    const shot = {
      id: 'shot-1',
      generationKey: 'sora:gen_a',
      kind: 'screenshot',
      mime: 'image/jpeg',
      dataUrl: 'data:image/jpeg;base64,AAAA',
      pageUrl: 'https://sora.chatgpt.com/library',
      capturedAt: 1,
    };
    await makeV1(shot);
    expect(await getEvidence('shot-1')).toEqual(shot);

    await putEvidence({
      id: 'frame-1',
      generationKey: 'sora:gen_a',
      kind: 'frame',
      mime: 'image/jpeg',
      dataUrl: 'data:image/jpeg;base64,BBBB',
      t: 3.25,
      capturedAt: 2,
    });
    await putEvidence({
      id: 'frame-2',
      generationKey: 'sora:gen_b',
      kind: 'frame',
      mime: 'image/jpeg',
      dataUrl: 'data:image/jpeg;base64,CCCC',
      t: 1,
      capturedAt: 3,
    });
    expect((await evidenceFor('sora:gen_a')).map((r) => r.id).sort()).toEqual(['frame-1', 'shot-1']);
    expect((await evidenceOfKind('sora:gen_a', 'frame')).map((r) => [r.id, r.t])).toEqual([['frame-1', 3.25]]);
    expect((await evidenceOfKind('sora:gen_a', 'screenshot')).map((r) => r.id)).toEqual(['shot-1']);

    const version = await new Promise<number>((resolve) => {
      const req = indexedDB.open('ava-evidence');
      req.onsuccess = () => {
        resolve(req.result.version);
        req.result.close();
      };
    });
    expect(version).toBe(2);

    await deleteEvidence('frame-1');
    expect(await getEvidence('frame-1')).toBeUndefined();
    expect(await getEvidence('shot-1')).toEqual(shot);
  });
});
