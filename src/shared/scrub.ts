/**
 * The one scrubber. Every capture path (network tap, DOM reading, screenshots' page URL, drafts) passes URLs and
 * free text through here before anything is stored, so tokens never reach storage or a draft.
 */

// Query parameters that carry credentials or signatures on the providers' own and their CDNs' URLs.
const SECRET_PARAM = /^(access_?token|id_?token|refresh_?token|token|auth|authorization|key|api_?key|apikey|sig|signature|se|sp|sv|sr|st|skoid|sktid|skt|ske|sks|skv|x-amz-[a-z-]+|x-goog-[a-z-]+|googleaccessid|expires|policy|key-pair-id|session|sessionid|sid|code|password|passwd|secret|client_secret|jwt)$/i;

export const MAX_URL_LENGTH = 2048;

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

// Bearer tokens, JWTs and API keys that sometimes leak into error messages or prompts pasted from tooling.
const SECRET_TEXT: RegExp[] = [
  /\bBearer\s+[A-Za-z0-9._~+/=-]{12,}/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\b/g,
  /\bsk-[A-Za-z0-9_-]{16,}\b/g,
  /\bkey_[A-Za-z0-9]{24,}\b/g,
  /\bAIza[0-9A-Za-z_-]{30,}\b/g,
];

// C0 controls other than tab/newline, and bidi overrides that can disguise text in a draft.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/g;

/** Normalise untrusted page text: strip controls, redact secrets, cap the length. Never interprets HTML. */
export function scrubText(raw: unknown, max = 2000): string | undefined {
  if (typeof raw !== 'string' && typeof raw !== 'number') return undefined;
  let s = String(raw).replace(CONTROL, '');
  for (const re of SECRET_TEXT) s = s.replace(re, '[redacted]');
  s = s.trim();
  if (!s) return undefined;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
