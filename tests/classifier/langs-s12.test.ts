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
