/**
 * `npm run new:provider <id> <host>`: the skeleton of a new provider, every piece the completeness test
 * (tests/providers/completeness.test.ts) asks for, so the next contributor starts from a tree that says what is
 * missing instead of a list to remember:
 * - src/providers/<id>.ts (its capture part, a parser that reads nothing yet, and "to be sourced" facts at confidence
 *   L) and its lines in the registries (src/providers/index.ts, and capture.ts for the content script);
 * - tests/fixtures/<id>/provenance.json (no fixtures yet) and tests/providers/<id>.test.ts;
 * - a demo page at the provider's real hostname (demo/sites/<host>/) with its entry in demo/sites.ts.
 * The facts are placeholders that say so; the tests stay red until real, sourced ones replace them (see
 * CONTRIBUTING.md). Nothing is overwritten.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const ID = /^[a-z][a-z0-9-]{1,39}$/;
const HOST = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;

const camel = (id: string) => id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
const today = () => new Date().toISOString().slice(0, 10);

export function providerFile(id: string, host: string, date = today()): string {
  const name = camel(id);
  return `import { fact, source } from '../shared/facts.ts';
import { collect } from './parse-util.ts';
import { type ParseResult, type ProviderCapture, type ProviderDefinition, withFacts } from './types.ts';

// Sources: none yet. Replace every "to be sourced" below with the document, the date it was read and a confidence
// (H official, M public code, L one secondary source); where nothing is documented, say less (CONTRIBUTING.md).
const UNSOURCED = 'to be sourced (scaffold written ${date})';

/** Pure: a response from one of apiUrls to generations. Reads nothing until the web app's shape is sourced. */
function parseResponse(_url: string, body: unknown): ParseResult {
  return collect('${id}', body, () => undefined);
}

/** Pure: the rendered page, when no network response was seen. */
function parseDom(): ParseResult {
  return { generations: [], problems: [] };
}

export const ${name}Capture: ProviderCapture = {
  id: '${id}',
  name: '${id}',
  hosts: ['${host}'],
  matches: ['https://${host}/*'],
  testUrls: ['https://${host}/'],
  apiUrls: [],
  mediaHosts: [],
  idFormats: [],
  parseResponse,
  parseDom,
};

// The facts, apart from the capture part: the content script imports only ${name}Capture (providers/capture.ts).
export const ${name}: ProviderDefinition = /* @__PURE__ */ withFacts(${name}Capture, () => ({
  stuckAfterMinutes: fact(60, 'AVA default: no documented timeout', 'L', '${date}'),
  support: { channels: [], noneDocumented: 'No support channel sourced yet.' },
  ticket: {
    subjects: {
      failed: '${id}: failed generation',
      quality: '${id}: defective generation',
      moderation: '${id}: content block I believe is a mistake',
      creditsNotReturned: '${id}: credits not returned',
    },
    accountFields: ['email'],
    mustInclude: ['account email', 'the generation IDs', 'what happened'],
    source: source('No ticket format documented; AVA generic wording', 'L', '${date}'),
  },
  policy: {
    autoRefundOnFailure: fact<boolean | 'unknown'>('unknown', UNSOURCED, 'L', '${date}'),
    qualityClaims: fact('No policy found for completed but unsatisfactory output.', UNSOURCED, 'L', '${date}'),
    moderation: fact('No appeal found for content blocks.', UNSOURCED, 'L', '${date}'),
    summary: fact('No refund policy found yet.', UNSOURCED, 'L', '${date}'),
  },
  lifecycle: { status: 'active', events: [] },
  terms: {},
}));
`;
}

export function parserTest(id: string): string {
  return `import { describe, expect, it } from 'vitest';
import { providerById } from '../../src/providers/index.ts';

// Each fixture in tests/fixtures/${id}/ has its provenance in provenance.json; test the parser against them here.
describe('${id} parser', () => {
  it('is registered', () => {
    expect(providerById('${id}')?.id).toBe('${id}');
  });
});
`;
}

export const provenance = (): string =>
  `${JSON.stringify({ publicEvidence: false, why: 'not searched yet (scaffold)', fixtures: {} }, null, 2)}\n`;

export function demoPage(id: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>${id} (AVA demo)</title></head>
<body>
<h1>${id}: demo page</h1>
<p>A local copy of the provider's generation page, built from public evidence (say which in demo/README.md).</p>
</body>
</html>
`;
}

/** Insert `line` before the closing `];` of the array that starts at `marker` in `text`. */
export function insertIntoArray(text: string, marker: string, line: string): string {
  const start = text.indexOf(marker);
  if (start < 0) throw new Error(`cannot find ${marker}`);
  const end = text.indexOf('];', start);
  if (end < 0) throw new Error(`cannot find the end of ${marker}`);
  return `${text.slice(0, end)}${line}\n${text.slice(end)}`;
}

/**
 * A registry with the new provider's import and its entry at the end of its list: `PROVIDERS` in index.ts (the full
 * definition), `CAPTURES` in capture.ts (the capture part, suffix `Capture`).
 */
export function registerIn(index: string, id: string, list = 'PROVIDERS', suffix = ''): string {
  const name = camel(id) + suffix;
  if (index.includes(`from './${id}.ts'`)) return index;
  const withImport = index.replace(/(import (type )?\{[^}]*\} from '\.\/types\.ts';)/, `import { ${name} } from './${id}.ts';\n$1`);
  const array = new RegExp(`(export const ${list}: readonly \\w+\\[\\] = \\[)([^\\]]*)\\]`);
  return withImport.replace(array, (_, head: string, body: string) => {
    const items = [
      ...body
        .split(',')
        .map((i) => i.trim())
        .filter(Boolean),
      name,
    ];
    // One per line when the formatter has broken the list, else on one line, as the file already has it.
    return body.includes('\n') ? `${head}\n${items.map((i) => `  ${i},`).join('\n')}\n]` : `${head}${items.join(', ')}]`;
  });
}

function write(file: string, text: string, wrote: string[]): void {
  if (existsSync(file)) return;
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
  wrote.push(file);
}

export function scaffold(root: string, id: string, host: string): string[] {
  if (!ID.test(id)) throw new Error(`provider id must match ${ID}: ${JSON.stringify(id)}`);
  if (!HOST.test(host)) throw new Error(`not a plain hostname: ${JSON.stringify(host)}`);
  const wrote: string[] = [];
  write(path.join(root, 'src/providers', `${id}.ts`), providerFile(id, host), wrote);
  write(path.join(root, 'tests/fixtures', id, 'provenance.json'), provenance(), wrote);
  write(path.join(root, 'tests/providers', `${id}.test.ts`), parserTest(id), wrote);
  write(path.join(root, 'demo/sites', host, '_spa.html'), demoPage(id), wrote);
  for (const [file, list, suffix] of [
    ['index.ts', 'PROVIDERS', ''],
    ['capture.ts', 'CAPTURES', 'Capture'],
  ] as const) {
    const registry = path.join(root, 'src/providers', file);
    const before = readFileSync(registry, 'utf8');
    const after = registerIn(before, id, list, suffix);
    if (after !== before) {
      writeFileSync(registry, after);
      wrote.push(registry);
    }
  }
  const sites = path.join(root, 'demo/sites.ts');
  const s = readFileSync(sites, 'utf8');
  if (!s.includes(`provider: '${id}'`)) {
    const entry = `  { provider: '${id}', title: '${id}', url: 'https://${host}/', shows: 'to be written from public evidence' },`;
    writeFileSync(sites, insertIntoArray(s, 'export const DEMO_PAGES', entry));
    wrote.push(sites);
  }
  return wrote;
}

if (process.argv[1] && import.meta.url.endsWith(path.basename(process.argv[1]))) {
  const [id, host] = process.argv.slice(2);
  if (!id || !host) {
    console.error('usage: npm run new:provider <id> <host>   e.g. npm run new:provider vidu www.vidu.com');
    process.exit(2);
  }
  try {
    const wrote = scaffold(process.cwd(), id, host);
    console.log(wrote.length ? `wrote:\n  ${wrote.join('\n  ')}` : 'nothing to write: every piece exists');
    console.log(
      'next: source its facts, add fixtures with provenance, routes in demo/routes.ts and a capture e2e row' +
        ' (npm run test:fast names what is still missing; see CONTRIBUTING.md)',
    );
  } catch (e) {
    console.error(`new:provider: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(2);
  }
}
