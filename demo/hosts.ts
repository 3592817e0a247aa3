import { PROVIDERS } from '../src/providers/index.ts';
import { supportForms } from '../src/providers/support-forms.ts';
import { API_ROUTES } from './routes.ts';
import { DEMO_PAGES, MEDIA_HOST, SITE_ALIASES, START_HOST } from './sites.ts';

/**
 * Every hostname Chromium must send to the demo server: the providers' page hosts, media hosts and support-form hosts
 * (from the registry, so a new provider is mapped without touching this file), the API hosts the demo pages call, the
 * demo's own hosts.
 */
export function demoHosts(): string[] {
  const hosts = new Set<string>([START_HOST, MEDIA_HOST]);
  for (const p of PROVIDERS) for (const h of [...p.hosts, ...p.mediaHosts]) hosts.add(h);
  // The providers' fillable support forms (sourced ticket-form channels), served as Zendesk/Freshdesk-style copies.
  for (const f of supportForms()) hosts.add(new URL(f.origin).hostname);
  for (const r of API_ROUTES) hosts.add(r.host);
  for (const page of DEMO_PAGES) hosts.add(new URL(page.url).hostname);
  for (const alias of Object.keys(SITE_ALIASES)) hosts.add(alias);
  return [...hosts].sort();
}

const HOSTNAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

/**
 * The value for Chromium's --host-resolver-rules. A MAP target with a port works for https URLs without one, so pages
 * keep their real origins (https://sora.chatgpt.com) while the server listens on any loopback port.
 * `hermetic` sends every other hostname to NOTFOUND, so tests cannot reach the internet by accident.
 */
export function hostResolverRules(port: number, hosts: readonly string[] = demoHosts(), hermetic = false): string {
  for (const h of hosts) if (!HOSTNAME.test(h)) throw new Error(`not a plain hostname: ${JSON.stringify(h)}`);
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`);
  if (hermetic) rules.push('MAP * ~NOTFOUND', 'EXCLUDE 127.0.0.1');
  return rules.join(', ');
}
