import { describe, expect, it } from 'vitest';
import { type ChangeListener, type ChangeSource, watch } from '../../src/storage/watch.ts';

function source() {
  const listeners = new Set<ChangeListener>();
  const s: ChangeSource = { addListener: (f) => void listeners.add(f), removeListener: (f) => void listeners.delete(f) };
  const fire = (keys: string[], area: string) => listeners.forEach((f) => f(Object.fromEntries(keys.map((k) => [k, {}])), area));
  return { s, fire, listeners };
}

describe('watch', () => {
  it('calls back only for the watched keys in the watched area', () => {
    const { s, fire } = source();
    let calls = 0;
    watch(s, 'local', ['claims'], () => calls++);
    fire(['claims'], 'session');
    fire(['profile'], 'local');
    expect(calls).toBe(0);
    fire(['profile', 'claims'], 'local');
    expect(calls).toBe(1);
  });

  it('takes a key predicate (per-provider keys)', () => {
    const { s, fire } = source();
    const seen: number[] = [];
    watch(
      s,
      'local',
      (k) => k.startsWith('generations:'),
      () => seen.push(1),
    );
    fire(['generations:kling'], 'local');
    fire(['generationsx'], 'local');
    expect(seen).toHaveLength(1);
  });

  it('stops when told to, and when its signal aborts', () => {
    const { s, listeners } = source();
    const stop = watch(s, 'local', ['a'], () => undefined);
    const ctl = new AbortController();
    watch(s, 'session', ['b'], () => undefined, ctl.signal);
    expect(listeners.size).toBe(2);
    stop();
    ctl.abort();
    expect(listeners.size).toBe(0);
  });
});
