// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { ContentContext } from '../../src/content/context.ts';

describe('ContentContext', () => {
  it('removes every listener, timer and observer it started when it stops', async () => {
    vi.useFakeTimers();
    const ctx = new ContentContext(() => true);
    const seen: string[] = [];
    ctx.listen(window, 'message', () => seen.push('message'));
    ctx.setTimeout(() => seen.push('timeout'), 10);
    ctx.setInterval(() => seen.push('tick'), 5);
    ctx.onAbort(() => seen.push('aborted'));
    ctx.stop();
    window.dispatchEvent(new MessageEvent('message', { data: 1 }));
    vi.advanceTimersByTime(50);
    expect(seen).toEqual(['aborted']);
    vi.useRealTimers();
  });

  it('stops itself at the next event once the extension is gone (an orphaned script)', async () => {
    let alive = true;
    const ctx = new ContentContext(() => alive);
    const seen: number[] = [];
    ctx.observe(document.body, () => seen.push(1), { childList: true });
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([1]);
    alive = false;
    document.body.append(document.createElement('p'));
    await new Promise((r) => setTimeout(r, 0));
    expect(seen).toEqual([1]);
    expect(ctx.signal.aborted).toBe(true);
  });
});
