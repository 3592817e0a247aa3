import type { Area } from '../../src/storage/store.ts';

/** An in-memory chrome.storage area: structured-clones like the real one, so tests catch shared-reference bugs. */
export class MemoryArea implements Area {
  data: Record<string, unknown> = {};
  failWrites = false;
  async get(key: string) {
    return key in this.data ? { [key]: structuredClone(this.data[key]) } : {};
  }
  async set(items: Record<string, unknown>) {
    if (this.failWrites) throw new Error('QUOTA_BYTES quota exceeded');
    for (const [k, v] of Object.entries(items)) this.data[k] = structuredClone(v);
  }
  async remove(key: string) {
    delete this.data[key];
  }
}
