/**
 * Precision of the s10 rounds' rules: each complaint beside a harmless twin that shares its words (light a sunset
 * changes, a person still on purpose). Sentences written for this test, in the style of the families, not tuning items.
 */
import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

describe('light changed by the scene is no colour defect (light.ts, SCENE_CAUSE)', () => {
  const pairs: [string, string][] = [
    ['The room gets darker and darker for no reason.', 'The sun sets and the room gets darker.'],
    ['Der Himmel wird ohne Grund immer dunkler.', 'Die Sonne geht unter und der Himmel wird dunkler.'],
    ['La pièce devient plus sombre à chaque seconde sans raison.', 'Le soleil se couche et la pièce devient plus sombre.'],
    ['El cielo se vuelve más oscuro en cada plano sin motivo.', 'El sol se pone y el cielo se vuelve más oscuro.'],
    ['A sala fica mais escura a cada segundo, sem motivo.', 'O sol se põe e a sala fica mais escura.'],
    ['The whole clip brightens halfway through for no reason.', 'She opens the curtains and the whole room brightens.'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'color'));
});

describe('a person still on purpose is no lost motion (stillness.ts, PRAISE_AFTER)', () => {
  const pairs: [string, string][] = [
    ['The woman stays still the whole time, nothing happens.', 'The woman stays still while reading, which looks very natural.'],
    ['Der Mann bleibt völlig regungslos.', 'Der Mann bleibt regungslos beim Meditieren, sehr realistisch.'],
    ['La femme reste immobile du début à la fin.', "La femme reste immobile pendant la prière, c'est magnifique."],
    ['El hombre se queda quieto todo el video.', 'El hombre se queda quieto mirando el mar, precioso.'],
    ['A mulher fica parada o vídeo inteiro.', 'A mulher fica parada olhando a chuva, ficou linda.'],
    ['女性がまったく動いていない。', '女性は眠っていて動いていないが、それが自然で美しい。'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('a head whose size is said not to pulse is no physics (size.ts)', () => {
  it('German negator between "wird" and the sizes', () =>
    foundWithSilentTwin('Der Kopf wird größer und kleiner.', 'Der Kopf wird nicht größer und kleiner, alles stabil.', 'physics'));
});

describe('unlike an original that has no face is no identity (likeness.ts, NOT_LIKENESS)', () => {
  const pairs: [string, string][] = [
    ['The new face is different from the original photo.', 'The new version is different from the original app.'],
    ['It does not match the source at all, her face is different.', 'It does not match the source resolution, it is upscaled.'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'identity'));
});

describe('a new person the writer made is no identity (likeness.ts, MADE_BY_ME)', () => {
  const pairs: [string, string][] = [
    ['It just created a new woman instead of my wife.', 'I made a new woman for my story and it is perfect.'],
    ['It generated a new character instead of my dog.', 'We generated a new character for the ad, she looks great.'],
    ["L'IA a créé un nouveau personnage à sa place.", "J'ai créé un nouveau personnage pour mon histoire."],
    ['Virou um novo personagem no lugar dela.', 'Criei um novo personagem para a minha história.'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'identity'));
});

describe('laws of physics broken on purpose are no failure (laws-said.ts, lawsMeant)', () => {
  const pairs: [string, string, string][] = [
    ['The arms defy gravity during the dance.', 'The arms defy gravity during the dance, stunning choreography.', 'anatomy'],
    ['Los brazos desafían la gravedad en este baile.', 'Los brazos desafían la gravedad en este baile, increíble.', 'anatomy'],
    ['Les bras défient la gravité pendant la scène.', "Les bras défient la gravité dans l'espace.", 'anatomy'],
  ];
  for (const [complaint, twin, mode] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, mode));
});

describe('a background the camera or a cut changes is no physics (cut-cause.ts)', () => {
  const pairs: [string, string][] = [
    ['The background keeps changing for no reason.', 'The background changes when the scene changes to the city.'],
    ['Der Hintergrund ändert sich ständig.', 'Der Hintergrund ändert sich, weil die Kamera schwenkt.'],
    ['El fondo cambia todo el tiempo.', 'El fondo cambia porque la cámara se mueve.'],
    ['O fundo muda o tempo todo.', 'O fundo muda quando a cena muda.'],
    ['背景が勝手に変わる。', '背景が変わるのはカメラが動くから。'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'physics'));
  it('a background that changes while the camera moves is still a complaint', () =>
    foundWithSilentTwin(
      'The background changes when the camera moves.',
      'The background stays the same when the camera moves.',
      'physics',
    ));
});

describe('a being still in place while doing something else is no lost motion (stillness.ts, ACTS_AFTER)', () => {
  const pairs: [string, string][] = [
    ['The cat stays completely still the whole video.', 'The cat stays still and purrs.'],
    ['The woman stays still and the camera moves around her.', 'The woman stays still and talks to the camera.'],
    ['Die Leute stehen still, die ganze Zeit.', 'Die Leute stehen still und schauen zu.'],
    ['La mujer se queda quieta y no hace nada.', 'La mujer se queda quieta y sonríe.'],
    ['A mulher fica parada o tempo todo.', 'A mulher fica parada e sorri.'],
  ];
  for (const [complaint, twin] of pairs) it(twin, () => foundWithSilentTwin(complaint, twin, 'physics'));
});

describe('a construction praised later in its sentence is no complaint (span-scope.ts, praisedAfter)', () => {
  it('a newcomer that was what the writer wanted', () =>
    foundWithSilentTwin(
      'Il a créé un nouveau personnage à sa place.',
      'Il a créé un nouveau personnage, exactement ce que je voulais.',
      'identity',
    ));
});
