/**
 * Chrome match-pattern semantics (developer.chrome.com/docs/extensions/develop/concepts/match-patterns), so unit
 * tests check provider URLs against exactly what the manifest will declare.
 */
export function matchPatternToRegExp(pattern: string): RegExp {
  const m = /^(\*|https?|file|ftp|urn):\/\/(\*|\*\.[^/*]+|[^/*]+)?(\/.*)$/.exec(pattern);
  if (!m) throw new Error(`invalid match pattern: ${pattern}`);
  const [, scheme, host = '', path = '/'] = m;
  const esc = (s: string) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
  const schemeRe = scheme === '*' ? 'https?' : esc(scheme!);
  let hostRe: string;
  if (host === '*') hostRe = '[^/:]+';
  else if (host.startsWith('*.')) hostRe = `(?:[^/:]+\\.)?${esc(host.slice(2))}`;
  else hostRe = esc(host);
  const pathRe = path.split('*').map(esc).join('.*');
  return new RegExp(`^${schemeRe}://${hostRe}(?::\\d+)?${pathRe}$`);
}

export function matchesPattern(pattern: string, url: string): boolean {
  let normalised: string;
  try {
    const u = new URL(url);
    normalised = `${u.protocol}//${u.host}${u.pathname}${u.search}`;
  } catch {
    return false;
  }
  return matchPatternToRegExp(pattern).test(normalised);
}
