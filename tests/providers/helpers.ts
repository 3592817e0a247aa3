/** Test helpers: committed fixtures are raw response bodies, as the page tap and `ava extract` hand them over. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { GenerationSchema, type Generation } from '../../src/shared/generation.ts';
import { providerById } from '../../src/providers/index.ts';
import type { ParseResult, ProviderDefinition } from '../../src/providers/types.ts';

// A string, not `new URL(...)`: under happy-dom the global URL is not Node's, and fileURLToPath rejects it.
export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** The response bodies of a provider's fixture directory (provenance.json describes them; it is not one). */
export const fixtureNames = (providerId: string): string[] =>
  readdirSync(join(FIXTURES, providerId))
    .filter((f) => f.endsWith('.json') && f !== 'provenance.json')
    .sort();

export const loadFixture = (providerId: string, name: string): unknown =>
  JSON.parse(readFileSync(join(FIXTURES, providerId, name), 'utf8'));

/**
 * A real endpoint per provider (each must match the provider's apiUrls): well-formed fixtures are parsed as the page
 * tap would hand them over. Sora, for one, only tolerates an empty body on its own endpoints.
 */
export const ENDPOINT: Record<string, string> = {
  sora: 'https://sora.chatgpt.com/backend/nf/check',
  runway: 'https://api.dev.runwayml.com/v1/tasks/7c1e9b2a-4d6f-4a8b-9c0d-1e2f3a4b5c61',
  veo: 'https://aisandbox-pa.googleapis.com/v1/video:batchCheckAsyncVideoGenerationStatus',
  luma: 'https://api.lumalabs.ai/dream-machine/v1/generations',
  kling: 'https://api.klingai.com/v1/videos/text2video/784261523409510467',
  hailuo: 'https://api.minimax.io/v1/query/video_generation?task_id=106916112212032',
  pika: 'https://api.pika.art/library',
  pixverse: 'https://app-api.pixverse.ai/openapi/v2/video/result/315947621884101',
  higgsfield: 'https://platform.higgsfield.ai/requests/d7e6c0f3-6699-4f6c-bb45-2ad7fd915801/status',
  // The five below name no job in the URL, so a fixture's own fields must carry its ID.
  dreamina: 'https://dreamina.capcut.com/mweb/v1/get_history_by_ids?aid=513641&device_platform=web',
  midjourney: 'https://www.midjourney.com/api/imagine?user_id=demo-user&page_size=100',
  grok: 'https://grok.com/rest/app-chat/conversations/new',
  firefly: 'https://firefly-3p.ff.adobe.io/v2/3p-videos/generate-async',
  heygen: 'https://api.heygen.com/v2/video/generate',
};

/** The URL a saved file is parsed under (what `ava extract` has: no provider endpoint to lean on). */
export const fileUrl = (providerId: string, name: string): string => `file:///fixtures/${providerId}/${name}`;

export function provider(id: string): ProviderDefinition {
  const p = providerById(id);
  if (!p) throw new Error(`provider ${id} is not registered`);
  return p;
}

/** Parse a fixture and check every generation is schema-valid and belongs to this provider. */
export function parseFixture(id: string, name: string, reqUrl = fileUrl(id, name)): ParseResult {
  const result = provider(id).parseResponse(reqUrl, loadFixture(id, name));
  for (const g of result.generations) {
    const parsed = GenerationSchema.safeParse(g);
    expect(parsed.success, `${id}/${name}: ${JSON.stringify(g)} ${parsed.success ? '' : parsed.error.message}`).toBe(true);
    expect(g.provider).toBe(id);
  }
  return result;
}

export const byId = (r: ParseResult, id: string): Generation => {
  const g = r.generations.find((x) => x.id === id);
  if (!g) throw new Error(`no generation ${id} in ${JSON.stringify(r.generations.map((x) => x.id))}`);
  return g;
};
