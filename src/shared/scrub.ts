import { LIMITS, truncate } from './limits.ts';

/**
 * The one scrubber. Every capture path (network tap, DOM reading, screenshots' page URL, drafts) passes URLs and
 * free text through here before anything is stored, so tokens never reach storage or a draft.
 */

// Query parameters that carry credentials or signatures on the providers' own and their CDNs' URLs: Azure SAS
// (sig, se, sp, sv, sr, st, sk*), S3 (x-amz-*), GCS (x-goog-*, GoogleAccessId), CloudFront (Expires, Signature,
// Key-Pair-Id, Policy), Akamai (hdnts, __token__), Tencent COS (q-signature, q-sign-*, q-ak, q-key-time),
// Alibaba OSS (x-oss-*, OSSAccessKeyId), ByteDance TOS and TikTok-style CDNs (x-tos-*, x-signature, x-expires),
// CDN URL authentication (auth_key, sign), and generic token/key names.
const SECRET_PARAM = new RegExp(
  '^(access_?token|id_?token|refresh_?token|token|__token__|auth|auth_?key|authorization|key|api_?key|apikey|sig|sign|signature|' +
    'x-signature|se|sp|sv|sr|st|skoid|sktid|skt|ske|sks|skv|x-amz-[a-z-]+|x-goog-[a-z-]+|googleaccessid|x-oss-[a-z-]+|' +
    'ossaccesskeyid|x-tos-[a-z-]+|x-expires|q-signature|q-sign-[a-z-]+|q-ak|q-key-time|q-header-list|q-url-param-list|hdnts|' +
    'expires|policy|key-pair-id|session|sessionid|sid|code|password|passwd|secret|client_secret|jwt)$',
  'i',
);

export const MAX_URL_LENGTH = LIMITS.url;

/** The URL parsed, if its scheme is allowed, without user name, password and fragment (never needed to fetch it). */
function webUrl(raw: string | undefined | null, schemes: readonly string[]): URL | undefined {
  if (!raw) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (!schemes.includes(url.protocol)) return undefined;
  url.username = '';
  url.password = '';
  url.hash = '';
  return url;
}

/** Drop userinfo, fragments and secret query parameters; anything that is not http(s) becomes undefined. */
export function scrubUrl(raw: string | undefined | null): string | undefined {
  const url = webUrl(raw, ['https:', 'http:']);
  if (!url) return undefined;
  for (const name of [...url.searchParams.keys()]) {
    if (SECRET_PARAM.test(name)) url.searchParams.delete(name);
  }
  const out = url.toString();
  return out.length > MAX_URL_LENGTH ? out.slice(0, MAX_URL_LENGTH) : out;
}

/**
 * A media URL whose signature must be kept to fetch it (Sora's video links carry `sig`/`se`): https only, without
 * userinfo and fragment. Only for the session-only copy the analysis fetches once; storage gets scrubUrl's form.
 * Undefined when scrubbing would not change it (nothing secret to keep).
 */
export function signedMediaUrl(raw: string | undefined | null): string | undefined {
  const url = webUrl(raw, ['https:']);
  if (!url) return undefined;
  const out = url.toString();
  return out.length <= MAX_URL_LENGTH && out !== scrubUrl(raw) ? out : undefined;
}

/**
 * A URL as a parser hands it to the worker: http(s) only, no userinfo or fragment, but its query (signature
 * included) intact, because the worker is the one place that scrubs (scrubUrl for storage, signedMediaUrl for the
 * session-only copy). Undefined when too long to be usable whole.
 */
export function pageUrl(raw: string | undefined | null): string | undefined {
  const url = webUrl(raw, ['https:', 'http:']);
  if (!url) return undefined;
  const out = url.toString();
  return out.length <= MAX_URL_LENGTH ? out : undefined;
}

/** Every http(s) URL inside free text (log lines, "not recognised" details) with its secrets scrubbed. */
export function scrubUrlsInText(text: string): string {
  return text.replace(/https?:\/\/[^\s"'<>]+/gi, (u) => scrubUrl(u) ?? '[url]');
}

// Bearer tokens, JWTs and API keys that sometimes leak into error messages or prompts pasted from tooling.
const SECRET_TEXT: RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]{12,}/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /\bsk-[A-Za-z0-9_-]{16,}\b/g,
  /\bkey_[A-Za-z0-9]{24,}\b/g,
  /\bAIza[0-9A-Za-z_-]{30,}\b/g,
];

// C0 controls other than tab/newline, C1 controls, and the bidi marks, embeddings, overrides and isolates that can
// disguise or reorder text in a draft (U+061C, U+200E/F, U+202A-E, U+2066-9).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Everything that starts a new line in a mail body or a form field: CR, LF, tab, and Unicode line/paragraph breaks.
const LINE_BREAK = /[\t\n\r\u0085\u2028\u2029]+/g;

/** Normalise untrusted page text: strip controls, redact secrets, cap the length. Never interprets HTML. */
export function scrubText(raw: unknown, max = 2000): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  let s = String(raw).replace(CONTROL, '');
  for (const re of SECRET_TEXT) s = s.replace(re, '[redacted]');
  s = s.trim();
  if (!s) return undefined;
  return truncate(s, max);
}

/**
 * Page text for a single-line field (IDs, codes, statuses, the provider's message, the prompt as quoted in a draft):
 * scrubText, with every line break folded into one space, so page text can never start a line of its own in a
 * draft ("\nAccount email: ...").
 */
export function scrubLine(raw: unknown, max = 2000): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  return scrubText(String(raw).replace(LINE_BREAK, ' ').replace(/ {2,}/g, ' '), max);
}
