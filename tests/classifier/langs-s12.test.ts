import { describe, it } from 'vitest';
import { foundWithSilentTwin } from './found.ts';

// Issue 16, session 12's language round: the de, ja and fr lexicons were written from a few tuning sentences, so the
// ordinary ways people say a failure in those languages were checked one family at a time (general knowledge, not
// any labelled set) and the missing ones added. Each complaint stands beside a near-identical twin that must name
// nothing: negated, praised, a topic word alone, or the same defect word said of something outside the modes.

// Garbled writing said plainly: not to be deciphered, muddled letters, letters or a language that do not exist,
// incomprehensible, full of typos (lexicon/symptoms.ts, de/fr/ja cues). Said of a voice, or negated, it is nothing.
describe('garbled writing in de, fr and ja is text; the same words negated or said of a voice are not', () => {
  it.each([
    ['de', 'Der Text auf dem Plakat ist kaum zu entziffern', 'Der Text auf dem Plakat ist gut zu entziffern'],
    ['de', 'Die Aufschrift ist nicht entzifferbar', 'Die Aufschrift ist entzifferbar'],
    ['de', 'Auf dem Schild stehen wirre Buchstaben', 'Auf dem Kopf stehen wirre Haare'],
    ['de', 'Die Schrift auf der Tafel ist unverständlich', 'Die Stimme des Sprechers ist unverständlich'],
    ['de', 'Der Schriftzug ist völlig verstümmelt', 'Der Schriftzug ist nicht verstümmelt'],
    ['de', 'Die Schilder sind voller Fantasiewörter', 'Die Schilder sind voller Wörter'],
    ['de', 'Auf der Tafel stehen Buchstaben, die es nicht gibt', 'Auf der Tafel stehen keine Buchstaben'],
    ['fr', 'Les inscriptions sont incompréhensibles', 'Le son est incompréhensible'],
    ['fr', "L'enseigne affiche un texte sans queue ni tête", "L'enseigne affiche un texte"],
    ['fr', 'Le titre est truffé de fautes', "C'est la faute du modèle"],
    ['fr', 'Une faute de frappe sur le panneau', 'Pas de fautes sur le panneau'],
    ['fr', 'Le logo est indéchiffrable', 'Le logo est déchiffrable'],
    ['fr', "Des lettres qui n'existent pas sur l'affiche", "Des lettres bien nettes sur l'affiche"],
    ['ja', '看板の文字が意味をなさない', '声が意味をなさない'],
    ['ja', '看板の文字が判読できない', '看板の文字は判読できる'],
    ['ja', '存在しない言語のような文字が出る', '文字'],
  ])('%s: "%s" is text; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'text'));
});

// A person drifting from who it is, said the ordinary ways: looks different from shot to shot (as "sieht anders
// aus"), loses its identity or looks (as en "loses"), not alike (negated "ähnlich"), less and less alike, unstable
// (as "not stable"). The twins keep the likeness, or say the same words of a connection or of one's balance.
describe('a likeness lost in de, fr and ja is identity; kept, or the same words said of something else, it is not', () => {
  it.each([
    ['de', 'Die Figuren sehen von Bild zu Bild unterschiedlich aus', 'Die Figuren sehen von Bild zu Bild gleich aus'],
    ['de', 'Der Charakter verliert seine Identität', 'Der Charakter behält seine Identität'],
    ['de', 'Sie sieht ihr nicht ähnlich', 'Sie sieht ihr sehr ähnlich'],
    ['de', 'Sie sieht sich selbst immer weniger ähnlich', 'Ich habe ein ähnliches Problem'],
    ['de', 'Das Gesicht ist instabil', 'Die Verbindung ist instabil'],
    ['de', 'Die Ähnlichkeit geht nach ein paar Sekunden verloren', 'Er verliert das Gleichgewicht und fällt'],
    ['fr', 'Le personnage perd son identité', 'Le personnage garde son identité'],
    ['fr', 'Elle ressemble de moins en moins à elle-même', 'Elle ressemble toujours à elle-même'],
    ['fr', 'Le visage est instable', 'La connexion est instable'],
    ['fr', 'La femme perd son visage au fil des plans', "La femme perd l'équilibre au fil des plans"],
    ['ja', '顔の特徴が失われる', '顔の特徴は失われていない'],
    ['ja', 'だんだん本人に似なくなる', '本人によく似ている'],
    ['ja', '顔が不安定', '声が不安定'],
    ['en', 'the face loses its likeness after a few seconds', 'he loses his balance after a few seconds'],
  ])('%s: "%s" is identity; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'identity'));
});

// Brightness said unstable or fluctuating (不安定, 変動) is colour, as 安定しない; generation said unstable is nothing.
describe('brightness that is unstable in ja is color; an unstable generation is not', () => {
  it.each([
    ['ja', '明るさが不安定', '生成が不安定'],
    ['ja', '明るさが変動する', '料金が変動する'],
  ])('%s: "%s" is color; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'color'));
});

// A part too long or short (as de "zu lang"), a lump (as klumpig), the human body as a whole (人体), bent the
// impossible way: anatomy. The twins negate it or say it of the clip or the loading time.
describe('a part drawn too long, as a lump or bent the impossible way is anatomy in de, fr and ja', () => {
  it.each([
    ['de', 'Die Hände verschwimmen zu einem Klumpen', 'Die Hände sind kein Klumpen mehr'],
    ['fr', 'Les doigts sont beaucoup trop longs', 'Les doigts ne sont pas trop longs'],
    ['fr', 'Les jambes sont trop courtes', 'La vidéo est trop courte'],
    ['ja', '指が長すぎる', '動画が長すぎる'],
    ['ja', '人体の描写が崩れる', '人体'],
    ['ja', '腕がありえない方向に曲がる', '腕が自然に動く'],
  ])('%s: "%s" is anatomy; "%s" names nothing', (_lang, complaint, twin) => foundWithSilentTwin(complaint, twin, 'anatomy'));
});
