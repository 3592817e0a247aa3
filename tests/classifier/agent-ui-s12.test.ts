import { describe, expect, it } from 'vitest';
import { classify } from '../../src/classifier/classify.ts';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12: two families of words that hold a thing and a change but describe no defect of the video.
// Sentences written for these tests, not taken from any labelled set; each silent sentence has a twin of the same
// words said of the video, which must still name its mode.

// agent-change.ts: the person makes the change ("I had to change the colour settings", "muss ich das Modell ändern").
describe('a change the person makes names nothing; the same change the video makes is a complaint', () => {
  it.each([
    ['en', 'the sky colour changes halfway through', 'I had to change the sky colour halfway through'],
    ['en', 'the colour of the walls changes halfway', 'should I change the colour of the walls?'],
    ['en', 'the car colour changes in the second half', 'I tried to change the car colour in the prompt'],
    ['de', 'Die Farbe des Himmels ändert sich ständig', 'Muss ich die Farbe des Himmels im Prompt ändern?'],
    ['fr', 'la couleur du ciel change sans arrêt', 'je dois changer la couleur du ciel dans le prompt'],
    ['es', 'el color del cielo cambia todo el tiempo', 'tengo que cambiar el color del cielo en el prompt'],
    ['pt', 'a cor do céu muda o tempo todo', 'preciso mudar a cor do céu no prompt'],
  ])('%s: "%s" is a complaint; "%s" names nothing', (_lang, complaint, silent) => foundWithSilentTwin(complaint, silent, 'color'));

  it('a question of whether to change the model leaves the moderation it asks about', () => {
    const r = classify('The safety filter censored my video. Do I need to change the model?');
    expect(r.findings).toEqual([]);
    expect(r.hardFailure?.kind).toMatch(/^moderation/);
  });
});

// ui-colour.ts: the colour names a button, a bar or an icon of the service, not the video.
describe('the colour of a button or a bar names nothing; the colour of a thing in the video is a complaint', () => {
  it.each([
    ['en', 'the red car turns blue when it drives off', 'the red button turns blue when I click it'],
    ['en', 'the sky turns red and then grey', 'the progress bar turns red and then grey'],
    ['de', 'Das Auto wird grau', 'Der Knopf wird grau'],
    ['fr', 'la voiture devient grise', 'le bouton devient gris'],
    ['es', 'el coche se pone gris', 'el botón se pone gris'],
    ['pt', 'o carro fica cinza', 'o botão fica cinza'],
  ])('%s: "%s" is colour; "%s" names nothing', (_lang, complaint, silent) => foundWithSilentTwin(complaint, silent, 'color'));

  it('a stuck run told through its grey buttons is a stuck run and nothing else', () => {
    const r = classify("Clicking generate just changes the grey buttons to 'interrupt', and nothing happens");
    expect(r.findings).toEqual([]);
    expect(r.hardFailure?.kind).toBe('stuck');
  });
});
