/**
 * Where "Analyse video" may fetch from: https only, never a private or loopback address, and only a host the
 * provider's file names as its media host (sourced there), a media host of a site the person added, or a host the
 * person allowed once from the popup. The caller passes the allowed list, so added sites extend it without this
 * module knowing where they are stored. Pure.
 */

/** Bytes "Analyse video" reads at most (stated in README.md and PRIVACY.md); a longer download is stopped there. */
export const MAX_VIDEO_BYTES = 200 * 1024 * 1024;

export type MediaCheck =
  | { ok: true; host: string }
  | { ok: false; why: 'not_https' | 'private' | 'not_allowed' | 'invalid'; host?: string };

const v4 = (h: string): number[] | undefined => {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(h);
  const parts = m?.slice(1).map(Number);
  return parts && parts.every((n) => n <= 255) ? parts : undefined;
};

/** Loopback, private, link-local, shared (CGNAT), unspecified, multicast and reserved IPv4 ranges. */
function privateV4([a, b]: number[]): boolean {
  return (
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a! >= 224 ||
    (a === 100 && b! >= 64 && b! <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b! >= 16 && b! <= 31) ||
    (a === 192 && b === 168) ||
    (a === 198 && (b === 18 || b === 19))
  );
}

/**
 * Is this URL hostname (as `new URL().hostname` gives it: lower case, IPv6 in brackets, IPv4 normalised) a name or
 * literal address that points inside the person's machine or network? Names that resolve there cannot be seen from
 * an extension; they are kept out by the allow-list instead.
 */
export function isPrivateHost(hostname: string): boolean {
  const h = hostname.toLowerCase().replace(/\.$/, '');
  if (
    h === 'localhost' ||
    h.endsWith('.localhost') ||
    h.endsWith('.local') ||
    h.endsWith('.internal') ||
    (!h.includes('.') && !h.startsWith('['))
  )
    return true;
  const four = v4(h);
  if (four) return privateV4(four);
  if (h.startsWith('[')) {
    const six = h.slice(1, -1);
    if (six === '::' || six === '::1') return true;
    const mapped =
      /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(six)?.[1] ?? /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(six)?.slice(1).join(':');
    if (mapped) {
      const parts = mapped.includes('.')
        ? v4(mapped)
        : mapped.split(':').flatMap((x) => {
            const n = parseInt(x, 16);
            return [n >> 8, n & 255];
          });
      return parts ? privateV4(parts) : true;
    }
    return /^(f[cd]|fe[89ab]|ff)/.test(six);
  }
  return false;
}

/** Does `host` match an entry: exactly, or under a `*.example.com` entry (the suffix itself included). */
export function hostMatches(host: string, allowed: readonly string[]): boolean {
  return allowed.some((a) => (a.startsWith('*.') ? host === a.slice(2) || host.endsWith(a.slice(1)) : host === a.toLowerCase()));
}

/** May AVA fetch this video URL? */
export function checkMediaUrl(raw: string, allowed: readonly string[]): MediaCheck {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { ok: false, why: 'invalid' };
  }
  const host = url.hostname;
  if (url.protocol !== 'https:') return { ok: false, why: 'not_https', host };
  if (url.username || url.password || isPrivateHost(host)) return { ok: false, why: 'private', host };
  return hostMatches(host, allowed) ? { ok: true, host } : { ok: false, why: 'not_allowed', host };
}
