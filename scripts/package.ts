/**
 * `npm run package`: the Chrome Web Store zip. Builds the production extension into release/build/ (not dist/, which
 * the e2e suites of other people may be using at the same moment), refuses to package a manifest that asks for more
 * than the provider registry, then writes release/ava-<version>.zip and prints the zip size and the gzip size of each
 * content script (the code every provider page pays for).
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { zipSync, type Zippable } from 'fflate';
import { contentMatches, mediaMatches } from '../src/providers/index.ts';
import { supportFormMatches } from '../src/providers/support-forms.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const RELEASE = path.join(ROOT, 'release');
const BUILD = path.join(RELEASE, 'build');

/** The slice of a built manifest.json the checks read; everything else passes through untouched. */
export interface BuiltManifest {
  version?: string;
  key?: unknown;
  permissions?: unknown[];
  optional_permissions?: unknown[];
  host_permissions?: unknown[];
  optional_host_permissions?: unknown[];
  content_scripts?: { matches?: unknown[]; js?: string[] }[];
  web_accessible_resources?: { matches?: unknown[] }[];
  externally_connectable?: { matches?: unknown[]; ids?: unknown[] };
  content_security_policy?: { extension_pages?: string };
  [other: string]: unknown;
}

/** The only pattern allowed beyond the registry, and only as an optional host: what "Add a site" may ask for. */
export const ADDED_SITES_OPTIONAL = 'https://*/*';

/**
 * Everything wrong with a built manifest for the store, as sentences; [] = fine. `allowedMatches` is the provider
 * registry's match patterns (contentMatches()): no host access may reach beyond it, pattern for pattern.
 */
export function manifestProblems(m: BuiltManifest, allowedMatches: readonly string[]): string[] {
  const problems: string[] = [];
  const allowed = new Set(allowedMatches);
  // web_accessible_resources take origins only ("https://labs.google/*" for "https://labs.google/fx/tools/flow*").
  const allowedOrigins = new Set(allowedMatches.map((p) => p.replace(/^(https:\/\/[^/]+)\/.*$/, '$1/*')));
  if (JSON.stringify(m).includes('<all_urls>')) problems.push('asks for <all_urls>');
  // A `key` pins the extension id for local testing; the store assigns its own and rejects uploads that carry one.
  if ('key' in m) problems.push('has a "key" (remove it: the Web Store assigns the id)');
  if (typeof m.version !== 'string' || !/^\d+(\.\d+){0,3}$/.test(m.version))
    problems.push(`version ${JSON.stringify(m.version)} is not 1-4 dot-separated integers`);

  const hostLists: [string, unknown[] | undefined][] = [
    ['host_permissions', m.host_permissions],
    ['optional_host_permissions', m.optional_host_permissions],
    ...(m.content_scripts ?? []).map((c, i): [string, unknown[] | undefined] => [`content_scripts[${i}].matches`, c.matches]),
    ...(m.web_accessible_resources ?? []).map((w, i): [string, unknown[] | undefined] => [
      `web_accessible_resources[${i}].matches`,
      w.matches,
    ]),
  ];
  for (const [where, list] of hostLists) {
    for (const p of list ?? []) {
      if (typeof p === 'string' && where.startsWith('web_accessible_resources') && allowedOrigins.has(p)) continue;
      // Added sites: the person grants one https origin at a time from the dashboard; nothing is granted at install.
      if (p === ADDED_SITES_OPTIONAL && where === 'optional_host_permissions') continue;
      if (typeof p !== 'string' || !allowed.has(p))
        problems.push(`${where}: ${JSON.stringify(p)} is not a provider pattern from the registry`);
    }
  }
  // In MV3 hosts belong in host_permissions; a pattern hidden among the API permissions is still host access.
  for (const [where, list] of [
    ['permissions', m.permissions],
    ['optional_permissions', m.optional_permissions],
  ] as const) {
    for (const p of list ?? [])
      if (typeof p !== 'string' || p.includes('://') || p.includes('*')) problems.push(`${where}: ${JSON.stringify(p)} is a host pattern`);
  }
  // Web pages must not be able to message AVA (e2e/security.spec.ts relies on this).
  if (m.externally_connectable?.matches?.length) problems.push('externally_connectable lets web pages message AVA');

  const csp = m.content_security_policy?.extension_pages;
  const scriptSrc = csp ? (/(?:^|;)\s*script-src([^;]*)/.exec(csp)?.[1] ?? '').trim().split(/\s+/).filter(Boolean) : [];
  if (!csp) problems.push('no content_security_policy.extension_pages');
  else if (scriptSrc.some((s) => s !== "'self'" && s !== "'wasm-unsafe-eval'"))
    problems.push(`extension_pages script-src allows more than 'self': ${scriptSrc.join(' ')}`);
  return problems;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((rel) => statSync(path.join(dir, rel)).isFile())
    .map((rel) => rel.split(path.sep).join('/'))
    .sort();
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: path.join(ROOT, 'vite.config.ts'),
    root: ROOT,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: BUILD, emptyOutDir: true },
  });

  const manifest = JSON.parse(readFileSync(path.join(BUILD, 'manifest.json'), 'utf8')) as BuiltManifest;
  const problems = manifestProblems(manifest, [...contentMatches(), ...mediaMatches(), ...supportFormMatches()]);
  if (problems.length) {
    console.error(`Not packaged: the built manifest\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    process.exitCode = 1;
    return;
  }

  // A fixed timestamp per entry, so the same build gives the same zip bytes.
  const files: Zippable = {};
  for (const rel of filesUnder(BUILD))
    files[rel] = [readFileSync(path.join(BUILD, rel)), { mtime: new Date('2020-01-01T00:00:00Z'), level: 9 }];
  const zip = zipSync(files);
  mkdirSync(RELEASE, { recursive: true });
  const out = path.join(RELEASE, `ava-${manifest.version}.zip`);
  writeFileSync(out, zip);

  console.log(`${path.relative(ROOT, out)}: ${kb(zip.byteLength)} (${Object.keys(files).length} files)`);
  const scripts = [...new Set((manifest.content_scripts ?? []).flatMap((c) => c.js ?? []))];
  // The support-form script runs on help-center form pages, not provider pages: listed, not in the provider total.
  const onProviderPages = new Set(
    (manifest.content_scripts ?? [])
      .filter((c) => (c.matches ?? []).some((m) => contentMatches().includes(String(m))))
      .flatMap((c) => c.js ?? []),
  );
  let total = 0;
  for (const js of scripts) {
    const gz = gzipSync(readFileSync(path.join(BUILD, js)), { level: 9 }).byteLength;
    if (onProviderPages.has(js)) total += gz;
    console.log(`  content script ${js}: ${kb(gz)} gzip${onProviderPages.has(js) ? '' : ' (support-form pages only)'}`);
  }
  console.log(`  content scripts on every provider page: ${kb(total)} gzip`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exitCode = 1;
  });
}
