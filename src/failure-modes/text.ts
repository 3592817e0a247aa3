import type { QualityMode } from './types.ts';

export const text: QualityMode = {
  id: 'text',
  term: 'Text Rendering Failure',
  label: 'Text or signs are garbled or misspelled',
  definition: 'Text requested in the prompt renders as misspelled, garbled or unreadable glyphs.',
  symptoms: {
    en: ['gibberish', 'jibberish', 'made up letters', 'made up words', 'made up alphabet', 'made-up letters', 'made-up words', 'fake words', 'random letters', 'random characters', 'random symbols', 'squiggles', 'scribbles', 'not actual letters', 'not actual words', 'no real letters', 'no real words', 'alien script', 'alien alphabet', 'garbled text', 'scrambled letters', 'spelled incorrectly', 'spelt incorrectly', 'misprint*', 'misspel*', 'spelled wrong', 'spelt wrong', 'illegible', 'unreadable', "can't read", 'cannot read', 'unable to read', "can't be read", 'typo', 'typos', 'alien letters', 'fake letters', 'alien text', 'pseudo text', 'nonsense letters', 'wrong spelling', 'spelling mistake*', 'spelling error*', 'hieroglyph*', 'lorem ipsum', 'word salad', 'not real words', 'not real letters'],
    es: ['galimatias', 'mal escrit*', 'ilegible*', 'no se puede leer', 'no se lee', 'faltas de ortografia', 'errores de ortografia', 'error de ortografia', 'letras inventadas', 'letras sin sentido', 'texto sin sentido', 'jeroglifico*', 'palabras inventadas'],
    de: ['buchstabensalat', 'unleserlich*', 'nicht lesbar', 'kaum lesbar', 'falsch geschrieben', 'rechtschreibfehler*', 'tippfehler*', 'kauderwelsch', 'fantasiebuchstaben', 'fantasieschrift', 'hieroglyphen', 'kryptische zeichen', 'erfundene worter', 'erfundene buchstaben'],
    fr: ['charabia', 'illisible*', 'mal ecrit*', 'mal orthographi*', "fautes d'orthographe", "faute d'orthographe", 'lettres inventees', 'mots inventes', 'texte incomprehensible', 'hieroglyphe*', 'baragouin'],
    pt: ['ilegivel', 'ilegiveis', 'escrito errado', 'escrita errada', 'erro de ortografia', 'erros de ortografia', 'letras sem sentido', 'texto sem sentido', 'letras inventadas', 'palavras inventadas', 'nao da pra ler', 'nao da para ler', 'garrancho*', 'hieroglifo*'],
    ja: ['文字化け', '読めない', 'スペルミス', '誤字', '謎文字', '意味不明な文字', 'でたらめな文字', 'デタラメな文字', '綴りが違', 'ぐちゃぐちゃな文字', '読めません', '存在しない文字'],
  },
  evidence: 'The requested text, the frames where it renders, and what it reads as.',
  followUp: 'What text did you ask for, and what does the video show instead?',
};
