import { describe, expect, it } from 'vitest';
import { classify, CONFIDENT } from '../../src/classifier/classify.ts';
import { qualityMode } from '../../src/modes/index.ts';
import type { QualityModeId } from '../../src/modes/types.ts';

const modes = (text: string): QualityModeId[] =>
  classify(text)
    .findings.map((f) => f.mode)
    .sort();

describe('classify: negation', () => {
  it.each([
    ['the hands are fine but the colours flicker', ['color']],
    ['no extra fingers, but the title text is garbled', ['text']],
    ['las manos no están deformes, pero los colores parpadean', ['color']],
    ['die Hände sind nicht deformiert, aber die Farben flackern', ['color']],
    ['kein Flackern, aber der Hund verwandelt sich in eine Katze', ['identity']],
    ['les mains ne sont pas déformées mais le texte est illisible', ['text']],
    ['pas de scintillement, mais la tasse disparaît', ['physics']],
    ['as mãos não estão deformadas, mas as cores piscam', ['color']],
    ['手は崩れていないけど、文字化けしている', ['text']],
    ['ちらつきはないが、指が6本ある', ['anatomy']],
    ['指は変じゃないけど、顔が別人になる', ['identity']],
  ] as const)('%s', (text, expected) => {
    expect(modes(text)).toEqual([...expected].sort());
  });

  it('reads a negated positive as a complaint ("not right", "ne ... pas bien", "大丈夫じゃない")', () => {
    expect(modes("the hands just aren't right")).toEqual(['anatomy']);
    expect(modes('les mains ne sont pas bien')).toEqual(['anatomy']);
    expect(modes('手が大丈夫じゃない')).toEqual(['anatomy']);
  });

  it('does not treat "no longer the same person" as a negation', () => {
    expect(modes('by the end she no longer looks like the same person')).toEqual(['identity']);
    expect(modes('o protagonista não parece mais a mesma pessoa')).toEqual(['identity']);
  });
});

describe('classify: multi-label', () => {
  it('finds every mode a description names, sorted by confidence', () => {
    const c = classify('six fingers and the sign is gibberish');
    expect(c.findings.map((f) => f.mode).sort()).toEqual(['anatomy', 'text']);
    expect(c.needsDetail).toBe(false);
    const conf = c.findings.map((f) => f.confidence);
    expect(conf).toEqual([...conf].sort((a, b) => b - a));
    expect(modes('the face melts at 2s, the lighting strobes and the cup teleports')).toEqual(['anatomy', 'color', 'physics']);
  });
});

describe('classify: typos, slang and numbers', () => {
  it.each([
    ['hnads are melted', 'anatomy'],
    ['the fingres are fused', 'anatomy'],
    ['lol 7 fingers', 'anatomy'],
    ['bro has 6 fingers lmao', 'anatomy'],
    ['the clolors keep flickring', 'color'],
    ['teh letters are all scrambeld', 'text'],
  ] as const)('%s -> %s', (text, mode) => {
    expect(modes(text)).toEqual([mode]);
  });

  it('does not count normal numbers or times', () => {
    expect(modes('five fingers on each hand, all good')).toEqual([]);
    expect(modes('at 0:05 the face changes')).toEqual(['identity']);
    expect(modes('at 3 seconds her face changes')).toEqual(['identity']);
  });

  it('marks typo matches slightly less certain than spelled ones', () => {
    const typo = classify('hnads are melted').findings[0]!.confidence;
    const spelled = classify('hands are melted').findings[0]!.confidence;
    expect(typo).toBeLessThan(spelled);
  });
});

describe('classify: morphing, permanence and identity', () => {
  it('counts object morphing and object permanence as physics', () => {
    expect(modes('the mug morphs into a bowl')).toEqual(['physics']);
    expect(modes('the phone in his hand disappears and comes back')).toEqual(['physics']);
    expect(modes('object permanence is broken, the lamp just stops existing')).toEqual(['physics']);
  });

  it('counts a person or animal turning into another as identity', () => {
    expect(modes('the dog turns into a cat')).toEqual(['identity']);
    expect(modes('the old man becomes a young woman')).toEqual(['identity']);
    expect(modes('her face changes into someone else')).toEqual(['identity']);
  });
});

describe('classify: colour names and misspelt sign words', () => {
  it('reads a colour named as the result of a change as a colour failure', () => {
    expect(modes('the car changes from red to blue')).toEqual(['color']);
    expect(modes('her dress turns green halfway')).toEqual(['color']);
    expect(modes('el vestido pasa de rojo a azul')).toEqual(['color']);
    expect(modes('la robe vire au violet')).toEqual(['color']);
  });

  it('treats a colour next to a thing as an adjective on it', () => {
    expect(modes('the red car turns into a truck')).toEqual(['physics']);
    expect(modes('the woman in red turns into a man in blue')).toEqual(['identity']);
    expect(modes('the red car disappears')).toEqual(['physics']);
    expect(modes('he turns around slowly')).toEqual([]);
  });

  it('counts a one-edit misspelling of a common sign word only when said of text', () => {
    expect(modes("the caption reads 'Hapy Brithday'")).toEqual(['text']);
    expect(modes("the banner says 'happy birthday'")).toEqual([]);
    expect(modes('the hotels sign in the back')).toEqual([]);
  });
});

describe('classify: every language', () => {
  it.each([
    ['en', 'the guy has three arms', 'anatomy'],
    ['es', 'el letrero está mal escrito', 'text'],
    ['de', 'das Auto fährt durch die Wand', 'physics'],
    ['fr', 'les couleurs clignotent sans arrêt', 'color'],
    ['pt', 'o rosto dela muda, parece outra pessoa', 'identity'],
    ['ja', '看板の文字が読めない', 'text'],
    ['ja', 'コップが消える', 'physics'],
    ['ja', 'チラチラする', 'color'],
  ] as const)('%s: %s', (_lang, text, mode) => {
    expect(modes(text)).toEqual([mode]);
  });
});

describe('classify: vague descriptions', () => {
  it.each(['looked broken', 'AI slop', "it's bad", 'weird', 'se ve raro', 'sieht komisch aus', "c'est nul", 'ficou estranho', 'なんか変'])(
    '%s: no confident mode, one specific question',
    (text) => {
      const c = classify(text);
      expect(c.findings).toEqual([]);
      expect(c.needsDetail).toBe(true);
      expect(c.followUp).toMatch(/\?$/);
    },
  );

  it('asks about the part the person pointed at, when they pointed at one', () => {
    expect(classify('something about the hands').followUp).toBe(qualityMode('anatomy').followUp);
    expect(classify('the sign in the back').followUp).toBe(qualityMode('text').followUp);
  });

  it('does not ask anything before the person has typed', () => {
    expect(classify('')).toEqual({ findings: [], needsDetail: false });
    expect(classify('   ')).toEqual({ findings: [], needsDetail: false });
  });
});

describe('classify: reasons and output shape', () => {
  it('quotes the words as the person wrote them, accents and case included', () => {
    expect(classify('Die Hände sind VERFORMT').findings[0]!.reasons).toEqual(['Hände sind VERFORMT']);
    expect(classify('lol 7 fingers').findings[0]!.reasons).toEqual(['7 fingers']);
    expect(classify('Las manos están bien pero los colores parpadean').findings[0]!.reasons).toEqual(['colores parpadean']);
  });

  it('lists only findings it stands behind', () => {
    for (const text of ['the face looks a bit weird', 'hands are melted', 'the text flickers']) {
      for (const f of classify(text).findings) expect(f.confidence).toBeGreaterThanOrEqual(CONFIDENT);
    }
  });
});
