/**
 * Every provider has every piece a provider needs (CONTRIBUTING.md, "Adding a provider"); `npm run new:provider`
 * writes the skeleton and this test names what is still missing. Pieces are found by convention: a fixtures folder
 * with provenance, a parser test that names the provider, a demo page, a demo API route answering with one of its
 * fixtures, and a capture e2e that loads its demo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_ROUTES } from '../../demo/routes.ts';
import { DEMO_PAGES } from '../../demo/sites.ts';
import { PROVIDERS } from '../../src/providers/index.ts';

const read = (f: string) => readFileSync(f, 'utf8');
const parserTests = readdirSync('tests/providers')
  .filter((f) => f.endsWith('.test.ts') && f !== 'completeness.test.ts')
  .map((f) => read(path.join('tests/providers', f)));
const captureE2e = ['e2e/capture.spec.ts', 'e2e/providers-capture.spec.ts'].filter(existsSync).map(read).join('\n');

describe.each(PROVIDERS.map((p) => [p.id, p] as const))('provider %s is complete', (id) => {
  it('has its own file in src/providers', () => {
    expect(existsSync(`src/providers/${id}.ts`), `src/providers/${id}.ts`).toBe(true);
  });

  it('has fixtures with a provenance file', () => {
    expect(existsSync(`tests/fixtures/${id}/provenance.json`), `tests/fixtures/${id}/provenance.json`).toBe(true);
  });

  it('has a parser test that names it', () => {
    const named = parserTests.some((t) => t.includes(`'${id}'`) || t.includes(`"${id}"`) || t.includes(`/${id}/`));
    expect(named, `a test in tests/providers naming '${id}'`).toBe(true);
  });

  it('has a demo page at one of its own hosts, and a demo route answering with its fixtures', () => {
    const p = PROVIDERS.find((x) => x.id === id)!;
    const pages = DEMO_PAGES.filter((d) => d.provider === id);
    expect(pages.length, `a DEMO_PAGES entry for ${id} (demo/sites.ts)`).toBeGreaterThan(0);
    expect(
      pages.some((d) => p.hosts.includes(new URL(d.url).hostname)),
      `a demo page at one of ${p.hosts.join(', ')}`,
    ).toBe(true);
    expect(
      API_ROUTES.some((r) => r.fixture.startsWith(`${id}/`)),
      `a demo/routes.ts route with a ${id}/ fixture`,
    ).toBe(true);
  });

  it('has a capture e2e', () => {
    const named = captureE2e.includes(`provider: '${id}'`) || captureE2e.includes(`expected('${id}'`);
    expect(named, `a capture e2e case for ${id}`).toBe(true);
  });
});
