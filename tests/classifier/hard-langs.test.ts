import { describe, it } from 'vitest';
import { expectHardFailure, expectNoHardFailure } from './found.ts';

/**
 * Hard failures as people say them in each language, each beside a twin with the same words that is no failure: a
 * progress figure with a verb of staying (stalled.ts), a German verb split around its object, a failure beside a word
 * that says something else is fine, and the phrases of the hard lexicon.
 */
const failures: [string, string][] = [
  ['Mein Video hängt seit zwanzig Minuten bei 87 %', 'stuck'],
  ['Der Clip bricht nach drei Sekunden ab', 'truncated_output'],
  ['Die Aufträge blieben in der Warteschlange stecken', 'stuck'],
  ['Die Credits wurden trotzdem abgezogen, aber es kam nichts', 'charged_no_output'],
  ['プロンプトは問題ないのにブロックされた', 'moderation'],
  // A refusal that names the prompt is moderation of the input, in each language.
  ['Mein Prompt wurde blockiert.', 'moderation_input'],
  ['Mon prompt a été bloqué.', 'moderation_input'],
  ['Mi prompt fue bloqueado.', 'moderation_input'],
  ['Meu prompt foi bloqueado.', 'moderation_input'],
  ['プロンプトがブロックされた', 'moderation_input'],
  ['生成が87%で止まったまま動かない', 'stuck'],
  ['ポイントだけ減って動画はどこにもない', 'charged_no_output'],
  ['10秒を頼んだのに3秒で途切れた', 'truncated_output'],
  ['La génération reste bloquée à 95 % depuis ce matin', 'stuck'],
  ['Trois échecs de suite, et mes crédits prélevés à chaque fois', 'charged_no_output'],
  ['La vidéo est entièrement noire', 'blank_output'],
  ['Se quedó en el 99 % toda la tarde', 'stuck'],
  ['Me cobraron y no hay ningún vídeo', 'charged_no_output'],
  ['Ficou em 99% a noite inteira', 'stuck'],
  ['Os créditos foram descontados e nenhum vídeo apareceu', 'charged_no_output'],
  ['The render sits at 99% and never moves', 'stuck'],
  ['Credits were spent, but I never got a result', 'charged_no_output'],
  ['They charged me for three videos that I never got', 'charged_no_output'],
];

const twins: [string, string[]][] = [
  ['Die Farben sind um 20 % zu dunkel', []],
  ['Das Auto bricht durch die Wand', ['physics']],
  ['Das Gesicht bleibt die ganze Zeit gleich', []],
  ['Die Hände sehen gut aus, aber die Finger verschmelzen', ['anatomy']],
  ['動画の20%くらいで色が変わる', ['color']],
  ['La voiture est entièrement noire', []],
  ['No hay ningún problema con las manos', []],
  ['O vídeo fica 20% mais escuro no fim', ['color']],
  ['The colours stay 20% darker than the reference', []],
  ['the arms are too short', []],
  ['I never got the hands right, six fingers every time', ['anatomy']],
];

describe('hard failures in six languages, and their twins that are none', () => {
  it.each(failures)('%s -> %s', (text, kind) => expectHardFailure(text, kind));

  it.each(twins)('%s -> no hard failure, modes %j', (text, modes) => expectNoHardFailure(text, modes));
});
