/**
 * Fixtures say where their shape comes from (issue 12 point 7). For every registered provider with a fixture
 * directory, tests/fixtures/<id>/provenance.json must exist and name every fixture file with its origin, source,
 * date and confidence; a provider for which public evidence exists must have at least one fixture whose shape is
 * reproduced from it ("independent"), so its parser is tested against more than its authors' own idea of the shape.
 * Prints a small table of independent fixtures per provider. Format: tests/fixtures/README.md.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { PROVIDERS } from '../../src/providers/index.ts';

const FIXTURES = path.join('tests', 'fixtures');

const EntrySchema = z.object({
  origin: z.enum(['independent', 'written-here']),
  source: z.string().min(3),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .refine((d) => !Number.isNaN(Date.parse(d)), 'not a date'),
  confidence: z.enum(['H', 'M', 'L']),
  note: z.string().optional(),
});
const ProvenanceSchema = z
  .object({
    publicEvidence: z.boolean(),
    why: z.string().min(10).optional(),
    fixtures: z.record(z.string(), EntrySchema),
  })
  .refine((p) => p.publicEvidence || p.why, {
    message: '"why" is required when publicEvidence is false (what was searched, found nothing)',
  });

/** Every file under a provider's fixture directory but provenance.json itself, as paths relative to it. */
function fixtureFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((name) => {
    const r = rel ? `${rel}/${name}` : name;
    if (statSync(path.join(dir, r)).isDirectory()) return fixtureFiles(dir, r);
    return r === 'provenance.json' ? [] : [r];
  });
}

const table: { provider: string; fixtures: number; independent: number; publicEvidence: string }[] = [];
afterAll(() => {
  const line = (r: (typeof table)[number]) =>
    `  ${r.provider.padEnd(12)} ${String(r.independent).padStart(3)} independent of ${String(r.fixtures).padStart(3)}  ` +
    `publicEvidence: ${r.publicEvidence}`;
  if (table.length) console.log(`Fixture provenance per provider:\n${table.map(line).join('\n')}`);
});

const withFixtures = PROVIDERS.filter((p) => existsSync(path.join(FIXTURES, p.id)));

describe('fixture provenance', () => {
  it('covers the providers that have fixtures', () => {
    expect(withFixtures.length).toBeGreaterThan(0);
  });

  for (const p of withFixtures) {
    it(`${p.id}: provenance.json names every fixture, with an independent one where public evidence exists`, () => {
      const dir = path.join(FIXTURES, p.id);
      const files = fixtureFiles(dir).sort();
      const file = path.join(dir, 'provenance.json');
      if (!existsSync(file)) {
        table.push({ provider: p.id, fixtures: files.length, independent: 0, publicEvidence: 'no provenance.json' });
        expect.fail(`${file} is missing: every provider fixture directory says where its shapes come from (tests/fixtures/README.md)`);
      }
      const parsed = ProvenanceSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (!parsed.success) expect.fail(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
      const prov = parsed.data;
      const named = Object.keys(prov.fixtures).sort();
      const independent = files.filter((f) => prov.fixtures[f]?.origin === 'independent').length;
      table.push({ provider: p.id, fixtures: files.length, independent, publicEvidence: String(prov.publicEvidence) });
      expect(
        files.filter((f) => !Object.hasOwn(prov.fixtures, f)),
        'fixtures without a provenance entry',
      ).toEqual([]);
      expect(
        named.filter((f) => !files.includes(f)),
        'provenance entries for files that do not exist',
      ).toEqual([]);
      if (prov.publicEvidence) expect(independent, `${p.id} has public evidence but no fixture reproduced from it`).toBeGreaterThan(0);
    });
  }
});
