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

  it('a change asked for is no failure', () => {
    expect(modes('the sunset gets darker as planned')).toEqual([]);
    expect(modes('I want the last shot to fade to black')).toEqual([]);
  });
});

// Issue 16 item 4, a person x appearance change (session 10): the silent identity complaints say the result is unlike
// its source or reference ("result does not look like src", "eye colour doesn't match the source"), or that a new or
// random person took the place of the one asked for ("a completely new woman", "random people", "a new actor").
describe('a result unlike its source, or a new person in its place, is an identity failure', () => {
  it.each([
    ['en', 'the output does not look like the reference at all', 'the output looks exactly like the reference'],
    ['en', "in the end she doesn't really match the source", 'in the end she really matches the source'],
    ['en', 'after two seconds it turns into a random woman', 'after two seconds it turns into a random street'],
    ['en', 'every extension gives me a new character', 'every extension gives me a new background'],
    ['de', 'Das Gesicht sieht überhaupt nicht aus wie die Vorlage.', 'Das Gesicht sieht genau aus wie die Vorlage.'],
    ['de', 'Ab Sekunde drei ist es plötzlich eine fremde Frau.', 'Ab Sekunde drei ist es plötzlich eine fremde Stadt.'],
    ['fr', 'Le résultat ne ressemble pas du tout à la référence.', 'Le résultat ressemble tout à fait à la référence.'],
    ['fr', 'À la fin, on voit un nouveau personnage à sa place.', 'À la fin, on voit un nouveau décor à sa place.'],
    ['es', 'La cara final no se parece en nada a la referencia.', 'La cara final se parece mucho a la referencia.'],
    ['es', 'En el segundo clip es una persona desconocida.', 'En el segundo clip es una ciudad desconocida.'],
    ['pt', 'O rosto gerado não se parece com a referência.', 'O rosto gerado se parece muito com a referência.'],
    ['pt', 'No fim do vídeo ela virou uma pessoa desconhecida.', 'No fim do vídeo ela chegou a uma cidade desconhecida.'],
    ['ja', '生成された顔が元画像に全然似ていない', '生成された顔は元画像によく似ている'],
    ['ja', '後半は知らない人になってしまった', '後半は知らない町になってしまった'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));

  it('a prompt or a source video unlike the result, and someone who walks in, are not decided here', () => {
    expect(modes('the result did not resemble the original prompt')).toEqual([]);
    expect(modes("the colours don't match the source")).not.toContain('identity');
    expect(modes('a new person walks in from the left')).not.toContain('identity');
    expect(modes('the random people in the background look fine')).toEqual([]);
  });

  it('a newcomer who does something is the subject of another complaint, not someone in the person’s place', () => {
    expect(modes('random people walk through each other')).toEqual(['physics']);
    expect(modes('a random woman walks through the wall')).toEqual(['physics']);
    expect(modes('it turned her into a random woman')).toEqual(['identity']);
    expect(modes('eine fremde Frau läuft durch die Wand')).not.toContain('identity');
    expect(modes('後半は知らない人に変わった')).toEqual(['identity']);
  });
});
