import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, hard, modes } from './found.ts';

// Issue 16, public batches 9, 10 and 11 (2026-12-07): rules written from their tuning halves after each was measured fresh,
// and from the conventions the batches state. As in public-tune-rules.test.ts, each complaint has a twin that must
// name nothing, and the sentences are written for these tests.
// Session 9, from batch 9's tuning half: long negated forms of likeness, a voice's gibberish, a prompt blocked by a
// review, and a generation that is "not generating".
describe('session 9: words from batch 9’s tuning half', () => {
  it('"does not look like" the source is who the person is; said of hands it stays with the hands', () => {
    expect(modes('she does not look like me at all')).toEqual(['identity']);
    expect(modes('the hands do not look like hands')).toEqual(['anatomy']);
    expect(modes('she looks like me, finally')).toEqual([]);
  });

  it('gibberish spoken by a voice is the sound; gibberish on a sign is text', () => {
    expect(modes('the narrator speaks gibberish')).toEqual([]);
    expect(modes('the voice is fine but the sign on the wall is gibberish')).toEqual(['text']);
  });

  it('a review or filter blocking prompts is moderation of the input; a tree blocking the view is nothing', () => {
    expect(hard('the security review blocks several prompts')).toBe('moderation_input');
    expect(hard('the filter blocks my prompts every time')).toBe('moderation_input');
    expect(hard('a tree blocks the view of the house')).toBeUndefined();
  });

  it('"not generating" is a failed generation unless a mode is named', () => {
    expect(hard('the videos are not generating')).toBe('generation_error');
    expect(hard('it is not generating the hands right, they have six fingers')).toBeUndefined();
    expect(modes('it is not generating the hands right, they have six fingers')).toEqual(['anatomy']);
  });
});

describe('a jitter or a wobble is a thing shaking frame to frame (batch 8’s convention: physics)', () => {
  it.each([
    ['all generated videos exhibit a jitter effect', 'no jitter at all, very smooth'],
    ['the table wobbles when she touches it', 'the table stands still when she touches it'],
  ])('"%s" is physics; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('everyday things, in every language, are things a defect can be said of', () => {
  it.each([
    ['en', 'a hockey stick is deforming during the clip', 'a hockey stick leans against the wall'],
    ['de', 'Die Uhr an der Wand verformt sich.', 'Die Uhr hängt an der Wand.'],
    ['fr', 'Le miroir se déforme.', 'Le miroir est accroché au mur.'],
    ['es', 'El espejo se derrite en la escena.', 'El espejo está en la pared.'],
    ['pt', 'O espelho derrete no meio da cena.', 'O espelho está na parede.'],
    ['ja', 'クラシックカーが変形した', 'クラシックカーが走っている'],
  ])('%s: "%s" is physics; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it('words that are also a sign, a frame or an image stay what they were', () => {
    expect(modes('Auf dem Schild steht BÄKCEREI statt BÄCKEREI.')).toEqual(['text']);
    expect(modes('「パン屋」と書いてほしかったのに「パン尾」になっている')).toEqual(['text']);
    expect(modes('Most tools either distorted my face beyond recognition')).not.toContain('physics');
    // Every language's list is read in every text: "pain" (bread) is no prefix of "painful", "brot" of "brother", "poste"
    // of "posted"; and 針 (a needle) sits inside 方針 (a policy).
    expect(modes("the ballerina's knees bend the wrong way, looks painful")).toEqual(['anatomy']);
    expect(modes("my brother's face changes halfway")).toEqual(['identity']);
    expect(modes('I posted the video and the hands melted')).toEqual(['anatomy']);
    expect(hard('コンテンツ方針に違反しています')).toBe('moderation');
    // "pala" (a shovel) is no prefix of "palabras": the words stay text.
    expect(modes('las palabras del cartel salen mal escritas')).toEqual(['text']);
  });
});

describe('a good start is the set-up for a complaint; "lack" is "lacks"', () => {
  it('"starts out okay but ..." blanks nothing: what goes wrong after it is read', () => {
    expect(modes('it starts out fine but then the hands melt')).toEqual(['anatomy']);
    expect(modes('it starts out fine and stays fine')).toEqual([]);
  });

  it('the characters lack consistency; a person lacking time names nothing', () => {
    expect(modes('the characters lack consistency')).toEqual(['identity']);
    expect(modes('I lack the time to test it')).toEqual([]);
  });
});

describe('session 9: words from batch 10’s tuning half', () => {
  it.each([
    ['videos come out too bright', 'it is not too dark', 'color'],
    ['limbs phasing through solid objects', 'the results are solid', 'physics'],
    ['it makes the final generations have crazy long arms', 'she has long arms and long hair', 'anatomy'],
    ['so we have two copies of the eyebrows', 'I made two copies of the video', 'anatomy'],
    ['the subtitles appear and disappear every second', 'the subtitles stay on screen', 'text'],
  ])('"%s" is found; "%s" names nothing', (complaint, twin, mode) => foundWithSilentTwin(complaint, twin, mode));
});

describe('batch 11: a hosted service refusing the request', () => {
  it('an input taken for a real person is moderation of the input; a real person in the clip is not', () => {
    expect(hard('the request failed because the input image may contain real person')).toBe('moderation_input');
    expect(hard('a real person walks in and the hands melt')).toBeUndefined();
  });

  it('a frame the guardrail calls unsafe is moderation of the output; a blurred-out face beside a defect is the defect', () => {
    expect(hard('the guardrail model always says that there is an unsafe frame')).toBe('moderation_output');
    expect(hard('the face is blurred out and the hands have six fingers')).toBeUndefined();
  });

  it('"insufficient credits" is a failed request unless a mode is named', () => {
    expect(hard('every time it shows "Insufficient credits. Please top up."')).toBe('generation_error');
    expect(modes('I had not enough credits for the hands to look right, six fingers everywhere')).toEqual(['anatomy']);
  });
});

describe('hard failures from the tuning halves: one frame, a quota, prohibited content, salvaguardas', () => {
  it.each([
    ['it only generates one frame and stops', 'truncated_output'],
    ['Veo returns 429 RESOURCE_EXHAUSTED although the project is paid', 'generation_error'],
    ['it says prohibited content, every time, with every seed', 'moderation'],
    // Its label is moderation_input (or generation_error): a refusal for words is the prompt's (prompt-words.ts, s14).
    ['activaba salvaguardas por palabras como "sin camiseta"', 'moderation_input'],
  ])('"%s" -> %s', (text, kind) => {
    expect(hard(text)).toBe(kind);
  });

  it('the same words beside a named defect are the defect', () => {
    expect(hard('only one frame shows a hand with six fingers')).toBeUndefined();
    expect(modes('only one frame shows a hand with six fingers')).toEqual(['anatomy']);
  });
});

describe('physics said by negating what is natural, and falling through a floor', () => {
  it.each([
    ['the liquid did not behave naturally', 'the water behaves naturally'],
    ['the anomalies do not correspond to the laws of physics', 'the motion corresponds to the laws of physics'],
    ['characters fall through floors', 'the deal fell through'],
  ])('"%s" is physics; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('a face or a picture that shakes frame to frame is physics; people shaking hands or heads are not', () => {
  it.each([
    ['when the video is playing, the face will shake somehow', 'the two men shake hands'],
    ['the background keeps shaking from frame to frame', 'she shakes her head and smiles'],
    ['the generated video has severe shaking', 'handheld camera shake, cinematic'],
  ])('"%s" is physics; "%s" names nothing', (complaint, twin) => foundWithSilentTwin(complaint, twin, 'physics'));

  it('"fabric shake" praised as a detail names nothing', () => {
    expect(modes('it still preserves fine details such as fabric shake')).toEqual([]);
  });
});
