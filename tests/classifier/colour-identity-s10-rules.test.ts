import { describe, expect, it } from 'vitest';
import { foundWithSilentTwin, modes } from './found.ts';

// Issue 16 item 4, colour and light x change over time (session 10): the public tuning split's silent colour complaints
// say the whole picture changed its light with a comparative or a verb ("became dimmer", "the grayer the result",
// "suddenly brightened", "fade-to-white", "green tinted"). Sentences written for these tests; each complaint has a twin
// (negated, or the same words about something harmless) that must name nothing.
describe('light that changes over the clip, said with a comparative or a verb, is a colour failure', () => {
  it.each([
    ['en', 'each time I extend it the clip gets dimmer', 'each time I extend it the clip never gets dimmer'],
    ['en', 'halfway through, the output suddenly brightened', 'halfway through, the man walks into a darkened hallway'],
    ['en', 'the longer the generation, the greyer the picture', 'the longer the generation, the better the picture'],
    ['en', 'after 80 frames a fade-to-black creeps in', 'after 80 frames a new shot creeps in'],
    ['en', 'the frames come out blue tinted', 'the driver wears blue tinted glasses'],
    ['de', 'Das Bild wird nach ein paar Sekunden immer dunkler.', 'Das Bild wird nach ein paar Sekunden nicht dunkler.'],
    ['de', 'Je länger das Video, desto blasser das Ergebnis.', 'Je länger das Video, desto besser das Ergebnis.'],
    ['de', 'Ab der Mitte hat alles einen Blaustich.', 'Ab der Mitte hat alles einen Sinn.'],
    ['fr', 'La vidéo devient de plus en plus sombre.', 'La vidéo ne devient pas plus sombre.'],
    ['fr', "Vers la fin, l'image s'assombrit d'un coup.", "Vers la fin, l'image s'arrête d'un coup."],
    ['es', 'El clip se vuelve cada vez más oscuro.', 'El clip no se vuelve más oscuro.'],
    ['es', 'A mitad del video la imagen se aclara de golpe.', 'A mitad del video la imagen se corta de golpe.'],
    ['pt', 'O vídeo fica cada vez mais escuro.', 'O vídeo não fica mais escuro.'],
    ['pt', 'No meio do clipe a imagem escurece.', 'No meio do clipe a imagem não escurece.'],
    ['ja', '動画がだんだん暗くなっていく', '動画はだんだん暗くならない'],
    ['ja', '途中で急に白っぽくなる', '途中で急に止まる'],
  ])('%s: "%s" is color; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));

  it('a room that is dark, or weight that gets lighter, is no change of light', () => {
    expect(modes('the scene is set in a dark room')).toEqual([]);
    expect(modes('the backpack gets lighter as he walks')).toEqual([]);
  });
});
