/**
 * The s13 round on the classifier's known misses (docs/classifier-history.md), each written as a construction with its
 * twins. Sentences written for this test in the six languages, not tuning items.
 */
import { describe, expect, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure, hard, modes } from './found.ts';

describe('a failure said after a denied noun is said plainly (clauses.ts predicateBreaks, hard-known.ts)', () => {
  const failures: [string, string][] = [
    ['The run ends with no warning or fails to produce a clip.', 'generation_error'],
    ['Sometimes it shows no message and crashed during generation.', 'generation_error'],
    ['There is no error but the job never produces a video.', 'generation_error'],
    ['No crash, but the tool generates nothing at all.', 'generation_error'],
    ['Keine Fehlermeldung, aber es wird nichts erzeugt.', 'generation_error'],
    ['Es kommt kein Fehler, das Tool generiert einfach nichts.', 'generation_error'],
    ["Pas d'erreur, mais rien n'est généré.", 'generation_error'],
    ['Aucun message, le site ne produit rien.', 'generation_error'],
    ['Sin ningún aviso, pero no se genera nada.', 'generation_error'],
    ['Nenhuma mensagem de erro, mas o site não gera nada.', 'generation_error'],
    ['エラーは表示されないのに何も作られない。', 'generation_error'],
  ];
  for (const [text, kind] of failures) it(text, () => expectHardFailure(text, kind));
  const twins = [
    'It finished with no error or crash at all.',
    'No errors or crashes this time, the clip is fine.',
    "It doesn't fail or hang anymore.",
    "The render didn't crash or fail.",
    'No three-armed or six-fingered people, great job.',
    'Kein Fehler und kein Absturz, alles gut.',
    'Sans erreur ni plantage, tout va bien.',
    'Sin errores ni cuelgues, todo bien.',
    'Sem erro nem travamento, tudo certo.',
  ];
  for (const text of twins) it(`twin: ${text}`, () => expect(hard(text)).toBeUndefined());
  // Nothing made, said with what it is not like or not good for, judges what was made (hard.ts NOTHING_LIKE).
  const judged = [
    'The model generates nothing like the reference photo.',
    'It produces nothing usable, every clip is off.',
    'Es erzeugt nichts Brauchbares.',
    'Il ne produit rien de réaliste.',
    'No genera nada parecido a mi foto.',
    'Não gera nada parecido com a foto.',
  ];
  for (const text of judged) it(`twin: ${text}`, () => expect(hard(text)).toBeUndefined());
  it('a quality complaint beside "generates nothing" stands alone (weak, like every error word)', () =>
    expectNoHardFailure('It generates nothing but melted hands.', ['anatomy']));
});

describe('a face swap named as what was run beside a failed run (used-tool.ts)', () => {
  const failures = [
    'I used face swap and the render failed.',
    'Tried face swapping on my clip but the generation failed.',
    'The face swap job crashed during generation.',
    'Ich habe Faceswap verwendet und die Generierung ist fehlgeschlagen.',
    "J'ai essayé le face swap et la génération a échoué.",
    'Probé el face swap y la generación falló.',
    'Testei o face swap e a geração falhou.',
  ];
  for (const text of failures) it(text, () => expectHardFailure(text, 'generation_error'));
  const swaps: [string, string[]][] = [
    ['Halfway through there is a random face swap between the two girls.', ['identity']],
    ['I used face swap and afterwards she looks like someone else.', ['identity']],
    ['I ran a face swap and the swapped face kept the target eye colour.', ['identity']],
    ['Used face swap, no errors, but his face turned into a different person.', ['identity']],
  ];
  for (const [text, expected] of swaps) it(`twin: ${text}`, () => expectNoHardFailure(text, expected));
});

describe('consistency said to decline is lost, said to improve is kept (loss.ts declineSaid, clauses.ts)', () => {
  const declined = [
    'Since the update the face consistency has gotten worse.',
    'Her face is less consistent than in the first clip.',
    'Die Konsistenz der Gesichter hat sich verschlechtert.',
    'Die Figur ist jetzt weniger konsistent.',
    "La cohérence du personnage s'est dégradée depuis hier.",
    'Le visage est moins cohérent qu’avant.',
    'La consistencia del personaje empeoró mucho.',
    'El rostro es menos consistente ahora.',
    'A consistência do personagem piorou bastante.',
    'O rosto ficou menos consistente.',
    'キャラの一貫性が低下した。',
  ];
  for (const text of declined) it(text, () => expectNoHardFailure(text, ['identity']));
  const improved = [
    'Since the update the face consistency has improved a lot.',
    'Her face is more consistent than in the first clip.',
    'They fixed the character consistency in this version.',
    'Die Konsistenz der Gesichter hat sich verbessert.',
    "La cohérence du personnage s'est améliorée depuis hier.",
    'La consistencia del personaje mejoró mucho.',
    'A consistência do personagem melhorou bastante.',
    'キャラの一貫性が改善された。',
    'キャラの一貫性が向上した。',
  ];
  for (const text of improved) it(`twin: ${text}`, () => expectNoHardFailure(text, []));
  const elsewhere = [
    'Stable Diffusion dropped the face quality in the new version.',
    'The face is consistent and the hands got worse.',
    'Das Gesicht ist konsistent und die Hände sind schlechter.',
  ];
  for (const text of elsewhere) it(`twin: ${text}`, () => expect(modes(text)).not.toContain('identity'));
});

describe('ageing with no one named is a person changing (ageing.ts)', () => {
  const aged = [
    'Halfway through, suddenly ages about twenty years.',
    'Gets older in every single shot.',
    'Grows up in the middle of the clip, from a toddler to a teen.',
    'Mitten im Clip altert plötzlich um Jahre.',
    'Au milieu de la vidéo, vieillit brusquement.',
    'A mitad del clip envejece de repente.',
    'No meio do vídeo envelhece de uma hora para outra.',
    '途中でいきなり老けてしまう。',
    '途中で急に年を取ってしまった。',
  ];
  for (const text of aged) it(text, () => expectNoHardFailure(text, ['identity']));
  const twins = [
    'The story is about ageing and memory.',
    'A short film about growing old together.',
    'The old woman walks to the window.',
    'The plant grows up toward the sun in the timelapse.',
    'I grew up watching these cartoons, the style is perfect.',
    'It never ages, she looks the same from start to end.',
    'Die Geschichte handelt vom Altern.',
    'Un court métrage sur le vieillissement.',
    'Un corto sobre envejecer con dignidad.',
    'Um filme sobre envelhecer.',
    '老いについての短編映画。',
  ];
  for (const text of twins) it(`twin: ${text}`, () => expectNoHardFailure(text, []));
});

describe('a negative existential subject denies the defect; "something" asserts it (clauses.ts, lexicon)', () => {
  const said = [
    'Something seemed wrong with his fingers.',
    'There is something odd about her hands in the last shot.',
    'The only thing wrong was his fingers.',
    'Irgendetwas stimmt nicht mit seinen Fingern.',
    'Irgendetwas stimmt mit seinen Fingern nicht.',
    'Bei den Fingern funktioniert es einfach nicht.',
    'Nichts stimmt mit seinen Fingern.',
    'Quelque chose cloche avec ses doigts.',
    'Il y a quelque chose de bizarre avec ses mains.',
    'Hay algo raro en sus dedos.',
    'Tem algo de errado com os dedos dele.',
    '指に何か問題がある。',
    '指に問題があります。',
    '指の問題がまだ解決していない。',
  ];
  for (const text of said) it(text, () => expect(modes(text)).toEqual(['anatomy']));
  const denied = [
    'Nothing seemed wrong with his fingers.',
    'There is nothing odd about her face in the last shot.',
    'Nobody had extra fingers this time.',
    'Mit seinen Fingern stimmt nichts nicht.',
    'An seinen Fingern ist nichts falsch.',
    'Mit seinen Fingern stimmt alles, nichts flackert.',
    'Die Finger stimmen und zittern nicht.',
    'Rien ne cloche avec ses doigts.',
    "Il n'y a rien de bizarre avec son visage.",
    'No hay nada raro en sus dedos.',
    'Não tem nada de errado com os dedos dele.',
    '指には何の問題もない。',
    '指も顔も特に問題ありません。',
    '指の問題は解決しました。',
  ];
  for (const text of denied) it(`twin: ${text}`, () => expectNoHardFailure(text, []));
});
