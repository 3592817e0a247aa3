/**
 * The window.postMessage protocol between the page-world tap and the isolated content script. The page can forge
 * these messages, so the isolated side treats every field as untrusted page data (the same trust as the page's own
 * API responses, which is all they claim to be).
 */
export const TAP_SOURCE = 'ava-tap-v1';
/** Bodies larger than this are not forwarded: generation lists are small, video or bulk data is not ours to copy. */
export const MAX_BODY = 2_000_000;
/** Bodies the tap reads at once: a page firing many large requests cannot make AVA hold many copies in memory. */
export const MAX_READS = 16;

export type TapMessage =
  | { source: typeof TAP_SOURCE; kind: 'hello' }
  | { source: typeof TAP_SOURCE; kind: 'ready' }
  // The isolated script is going away (orphaned after an extension update): the tap stops forwarding.
  | { source: typeof TAP_SOURCE; kind: 'bye' }
  // contentType: the response's media type as the server named it (for the diagnostics of a body that is not JSON).
  | { source: typeof TAP_SOURCE; kind: 'response'; url: string; status: number; body: string; contentType?: string };

export function isTapMessage(x: unknown): x is TapMessage {
  if (typeof x !== 'object' || x === null) return false;
  const m = x as Record<string, unknown>;
  if (m.source !== TAP_SOURCE) return false;
  if (m.kind === 'hello' || m.kind === 'ready') return true;
  if (m.contentType !== undefined && (typeof m.contentType !== 'string' || m.contentType.length > 200)) return false;
  return (
    m.kind === 'response' &&
    typeof m.url === 'string' &&
    m.url.length < 4096 &&
    typeof m.status === 'number' &&
    typeof m.body === 'string' &&
    m.body.length <= MAX_BODY
  );
}
