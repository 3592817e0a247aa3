import { scrubUrl } from '../../src/shared/scrub.ts';
import { describe, expect, it } from 'vitest';
import { ParseError } from '../../src/providers/types.ts';
import { supportCodes, VERTEX_SUPPORT_CODES, vertexSupportCodeCategory } from '../../src/providers/veo.parse.ts';
import { byId, loadFixture, parseFixture, provider } from './helpers.ts';

const G = 'models/veo-3.0-generate-001/operations/';
const V = 'projects/demo-project/locations/us-central1/publishers/google/models/veo-3.0-generate-001/operations/';
const scene = (n: number) => `9b2f6c1a-3d4e-4f5a-8b6c-7d8e9f0a1b${String(n).padStart(2, '0')}`;

describe('veo: Gemini API operations', () => {
  it('an operation without done is running', () => {
    const r = parseFixture('veo', 'gemini-operation-running.json');
    expect(r.generations).toEqual([expect.objectContaining({ id: `${G}8f3kq2m1x7zd`, status: 'running', providerStatus: 'done: false' })]);
  });

  it('generateVideoResponse.generatedSamples is a success, and the API key is scrubbed from the video URI', () => {
    const [g] = parseFixture('veo', 'gemini-operation-succeeded.json').generations;
    expect(g).toMatchObject({ id: `${G}2m9xq4r7t1vb`, status: 'succeeded', providerStatus: 'done: true' });
    expect(g!.failureKind).toBeUndefined();
    // Kept whole by the parser (issue 12.4); the worker's scrubber drops the key where it stores it.
    expect(scrubUrl(g!.videoUrl)).toMatch(
      /^https:\/\/generativelanguage\.googleapis\.com\/v1beta\/files\/k3j2h1g0f9e8:download\?alt=media$/,
    );
  });

  it('raiMediaFilteredCount without samples is a moderation block with the support code and its category', () => {
    const [g] = parseFixture('veo', 'gemini-operation-filtered.json').generations;
    expect(g).toMatchObject({ status: 'blocked', failureKind: 'moderation', providerCode: '29310472' });
    expect(g!.message).toContain('You have not been charged for this attempt. Support codes: 29310472');
    expect(g!.message).toContain('[support code 29310472: Celebrity]');
  });

  it('error {code:13, message:"INTERNAL"} is a generation error with the code verbatim', () => {
    const [g] = parseFixture('veo', 'gemini-operation-error-internal.json').generations;
    expect(g).toMatchObject({ status: 'failed', failureKind: 'generation_error', providerCode: '13', message: 'INTERNAL' });
  });

  it('the js-genai SDK shape (response.generatedVideos) is read too', () => {
    const [g] = parseFixture('veo', 'sdk-generate-videos-operation.json').generations;
    expect(g).toMatchObject({ id: `${G}1a2b3c4d5e6f`, status: 'succeeded' });
    expect(g!.videoUrl).toContain('/files/z9y8x7w6:download');
  });
});

describe('veo: Vertex AI operations and support codes', () => {
  it('an error naming a support code is a moderation block; the message stays verbatim first', () => {
    const [g] = parseFixture('veo', 'vertex-operation-support-code.json').generations;
    expect(g).toMatchObject({
      id: `${V}5b1d6a0c-2f3e-4a7b-9c8d-0e1f2a3b4c5d`,
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: '15236754',
    });
    expect(g!.message!.startsWith('The prompt could not be submitted.')).toBe(true);
    expect(g!.message).toContain('15236754: Celebrity');
  });

  it('filtered reasons with several codes keep the first as providerCode and name every category', () => {
    const [g] = parseFixture('veo', 'vertex-operation-filtered.json').generations;
    expect(g).toMatchObject({ status: 'blocked', failureKind: 'moderation', providerCode: '58061214' });
    expect(g!.message).toContain('58061214: Child; 64151117: Video safety');
  });

  it('videos[].gcsUri is a success; a gs:// URI is not an https URL, so no videoUrl', () => {
    const [g] = parseFixture('veo', 'vertex-operation-succeeded.json').generations;
    expect(g).toMatchObject({ status: 'succeeded' });
    expect(g!.videoUrl).toBeUndefined();
  });

  it('every support-code category in shared/providers.md is mapped', () => {
    const expected: Record<string, string[]> = {
      Child: ['58061214', '17301594'],
      Celebrity: ['29310472', '15236754'],
      'Video safety': ['64151117', '42237218'],
      'Dangerous content': ['62263041'],
      Hate: ['57734940', '22137204'],
      Other: ['74803281', '29578790', '42876398'],
      'Prohibited content': ['89371032', '49114662', '63429089', '72817394', '60599140'],
      'Third-party content': ['35561574', '35561575'],
      Sexual: ['90789179', '43188360'],
      Toxic: ['78610348'],
      Violence: ['61493863', '56562880'],
      Vulgar: ['32635315'],
      'Person/face': ['39322892'],
      'Personally identifiable information (PII)': ['92201652'],
    };
    for (const [category, codes] of Object.entries(expected)) for (const c of codes) expect(vertexSupportCodeCategory(c)).toBe(category);
    expect(Object.keys(VERTEX_SUPPORT_CODES)).toHaveLength(Object.values(expected).flat().length);
    expect(vertexSupportCodeCategory('constructor')).toBeUndefined();
    expect(supportCodes('... send feedback. Support codes: 15236754, 64151117')).toEqual(['15236754', '64151117']);
    expect(provider('veo').terms.moderation!.codes).toEqual(expect.arrayContaining(Object.values(expected).flat()));
  });
});

describe('veo: Flow status', () => {
  const r = () => parseFixture('veo', 'flow-batch-status.json');

  it('maps every MEDIA_GENERATION_STATUS_* value and keeps it verbatim', () => {
    const res = r();
    expect(byId(res, scene(1))).toMatchObject({ status: 'queued', providerStatus: 'MEDIA_GENERATION_STATUS_PENDING' });
    expect(byId(res, scene(2))).toMatchObject({ status: 'running', providerStatus: 'MEDIA_GENERATION_STATUS_ACTIVE' });
    expect(byId(res, scene(3))).toMatchObject({ status: 'succeeded', prompt: 'A lighthouse at dusk, waves crashing, slow dolly in' });
    expect(byId(res, scene(6))).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerStatus: 'MEDIA_GENERATION_STATUS_REJECTED',
    });
    expect(res.generations).toHaveLength(6);
    expect(res.problems).toEqual([]);
  });

  it('PUBLIC_ERROR_DANGER_FILTER is a moderation block; {code:13, message:"INTERNAL"} a generation error', () => {
    const res = r();
    expect(byId(res, scene(4))).toMatchObject({
      status: 'blocked',
      failureKind: 'moderation',
      providerCode: 'PUBLIC_ERROR_DANGER_FILTER',
      providerStatus: 'MEDIA_GENERATION_STATUS_FAILED',
    });
    expect(byId(res, scene(5))).toMatchObject({
      status: 'failed',
      failureKind: 'generation_error',
      providerCode: '13',
      message: 'INTERNAL',
    });
  });

  it('keeps the media generation ID as a related ID and scrubs the signed video URL', () => {
    const g = byId(r(), scene(3));
    expect(g.relatedIds).toContain('CAUSJDlmYTBjNzcyLWEwMWYtNDI5Zi05NGI1');
    expect(scrubUrl(g.videoUrl)).toBe('https://storage.googleapis.com/ai-sandbox-videofx/video/c3d2e1f0');
  });

  it('WORKING and PROCESSING are running', () => {
    const res = provider('veo').parseResponse('x', {
      operations: [
        { sceneId: scene(10), status: 'MEDIA_GENERATION_STATUS_WORKING' },
        { sceneId: scene(11), status: 'MEDIA_GENERATION_STATUS_PROCESSING' },
        { sceneId: scene(12), status: 'MEDIA_GENERATION_STATUS_SUCCESSFUL' },
      ],
    });
    expect(res.generations.map((g) => g.status)).toEqual(['running', 'running', 'succeeded']);
  });

  it('an empty batch is a known shape with nothing in it', () => {
    expect(parseFixture('veo', 'flow-batch-empty.json')).toEqual({ generations: [], problems: [] });
  });
});

describe('veo: partial and malformed', () => {
  it('a Flow entry without any ID is reported, the rest kept', () => {
    const res = parseFixture('veo', 'partial-flow-batch.json');
    expect(res.generations.map((g) => g.id)).toEqual([scene(7)]);
    expect(res.problems).toEqual([expect.stringContaining('no sceneId, mediaGenerationId or operation name')]);
  });

  it('a done operation with neither response nor error is a problem, not a guess', () => {
    const res = parseFixture('veo', 'partial-operation-done-no-response.json');
    expect(res.generations).toEqual([]);
    expect(res.problems).toEqual([expect.stringContaining('neither response nor error')]);
  });

  it('an operation name that is neither Gemini nor Vertex is reported', () => {
    const res = parseFixture('veo', 'malformed-operation-name.json');
    expect(res.generations).toEqual([]);
    expect(res.problems[0]).toContain('not a Gemini API or Vertex AI operation name');
  });

  it('unknown shapes and non-objects throw a ParseError that says what was expected', () => {
    const p = provider('veo');
    expect(() => p.parseResponse('x', loadFixture('veo', 'malformed-unknown-shape.json'))).toThrow(/Veo: no operation/);
    expect(() => p.parseResponse('x', loadFixture('veo', 'malformed-not-json-object.json'))).toThrow(ParseError);
  });
});
