import type { QualityModeId } from '../../modes/types.ts';
import type { Lang } from '../lang.ts';

/**
 * Phrases that name a failure mode on their own, per mode and language (entry syntax in types.ts: `*` = any ending,
 * Japanese entries are substrings). Descriptions that point at a part and say what is wrong with it ("the hands
 * melted") are read by the shared grammar in this folder, so these lists stay short.
 */
export const SYMPTOMS: Readonly<Record<QualityModeId, Record<Lang, readonly string[]>>> = {
  anatomy: {
    en: ['body horror', 'polydactyl*', 'six fingers', 'extra fingers', 'fused fingers', 'spaghetti arms', 'noodle arms', 'sausage fingers', 'mutant hands', 'extra limbs', 'too many fingers', 'anatomically wrong', 'anatomically impossible', 'bad anatomy', 'broken anatomy'],
    es: ['dedos de mas', 'seis dedos', 'manos deformes', 'horror corporal', 'polidactil*', 'anatomia rota', 'anatomia imposible'],
    de: ['sechs finger', 'zu viele finger', 'sechsfingrig*', 'missbildung*', 'anatomisch falsch', 'anatomisch unmoglich'],
    fr: ['six doigts', 'doigts en trop', 'doigt en trop', 'mains deformees', 'main deformee', 'polydactyl*', 'anatomie impossible', 'anatomiquement'],
    pt: ['seis dedos', 'dedos a mais', 'dedo a mais', 'dedos extras', 'maos deformadas', 'mao deformada', 'horror corporal', 'anatomia errada', 'anatomicamente'],
    ja: ['指が6本', '指が多い', '指の数', '手が崩れ', '腕が3本', '足が3本', '奇形', '人体崩壊', '指が溶け', '多指'],
  },
  physics: {
    en: ['object permanence', 'physically impossible', 'defies gravity', 'defying gravity', 'interpenetrat*', 'clipping', 'no physics', 'impossible motion', 'impossible movement'],
    es: ['permanencia de objetos', 'fisicamente imposible', 'desafia la gravedad', 'movimiento imposible'],
    de: ['objektpermanenz', 'unmogliche bewegung*', 'clipping'],
    fr: ['physiquement impossible', 'apesanteur', 'permanence des objets', 'mouvement impossible'],
    pt: ['fisicamente impossivel', 'permanencia de objeto*', 'movimento impossivel'],
    ja: ['物体の永続性', '壁を通り抜け', 'ありえない動き', 'あり得ない動き'],
  },
  text: {
    en: ['gibberish', 'jibberish', 'made up letters', 'made up words', 'made up alphabet', 'made-up letters', 'made-up words', 'fake words', 'random letters', 'random characters', 'random symbols', 'squiggles', 'scribbles', 'not actual letters', 'not actual words', 'no real letters', 'no real words', 'alien script', 'alien alphabet', 'garbled text', 'scrambled letters', 'spelled incorrectly', 'spelt incorrectly', 'misprint*', 'misspel*', 'spelled wrong', 'spelt wrong', 'illegible', 'unreadable', "can't read", 'cannot read', 'unable to read', "can't be read", 'typo', 'typos', 'alien letters', 'fake letters', 'alien text', 'pseudo text', 'nonsense letters', 'wrong spelling', 'spelling mistake*', 'spelling error*', 'hieroglyph*', 'lorem ipsum', 'word salad', 'not real words', 'not real letters'],
    es: ['galimatias', 'mal escrit*', 'ilegible*', 'no se puede leer', 'no se lee', 'faltas de ortografia', 'errores de ortografia', 'error de ortografia', 'letras inventadas', 'letras sin sentido', 'texto sin sentido', 'jeroglifico*', 'palabras inventadas'],
    de: ['buchstabensalat', 'unleserlich*', 'nicht lesbar', 'kaum lesbar', 'falsch geschrieben', 'rechtschreibfehler*', 'tippfehler*', 'kauderwelsch', 'fantasiebuchstaben', 'fantasieschrift', 'hieroglyphen', 'kryptische zeichen', 'erfundene worter', 'erfundene buchstaben'],
    fr: ['charabia', 'illisible*', 'mal ecrit*', 'mal orthographi*', "fautes d'orthographe", "faute d'orthographe", 'lettres inventees', 'mots inventes', 'texte incomprehensible', 'hieroglyphe*', 'baragouin'],
    pt: ['ilegivel', 'ilegiveis', 'escrito errado', 'escrita errada', 'erro de ortografia', 'erros de ortografia', 'letras sem sentido', 'texto sem sentido', 'letras inventadas', 'palavras inventadas', 'nao da pra ler', 'nao da para ler', 'garrancho*', 'hieroglifo*'],
    ja: ['文字化け', '読めない', 'スペルミス', '誤字', '謎文字', '意味不明な文字', 'でたらめな文字', 'デタラメな文字', '綴りが違', 'ぐちゃぐちゃな文字', '読めません', '存在しない文字'],
  },
  color: {
    en: ['colour banding', 'color shift*', 'colour shift*', 'hue shift*', 'color flicker*', 'colour flicker*', 'strobing', 'colors flicker', 'colours flicker', 'color grading jump*', 'inconsistent colo*', 'color banding', 'exposure pumping', 'brightness pumping', 'color bleeding', 'colour bleeding', 'white balance shift*', 'color cast', 'colour cast'],
    es: ['balance de blancos', 'parpadeo de luz', 'cambios de luz', 'colores que cambian', 'colores cambian', 'parpadeo de color', 'cambio de color', 'cambios de color', 'dominante de color'],
    de: ['farbflackern', 'farbflimmern', 'farbsprunge', 'farbanderung*', 'lichtflackern', 'helligkeitssprung*', 'farbverschiebung*', 'farbwechsel', 'farbsprung*', 'farbstich*', 'helligkeitsschwankung*', 'farbschwankung*', 'weissabgleich springt'],
    fr: ['balance des blancs', 'scintillement', 'clignotement', 'couleurs changent', 'les couleurs changent', 'changement de couleur', 'changements de couleur', 'derive de couleur', 'derive des couleurs', 'dominante de couleur'],
    pt: ['balanco de branco', 'cores mudam', 'cores mudando', 'mudanca de cores', 'piscadas de luz', 'mudanca de cor', 'mudancas de cor', 'cintilacao', 'tremulacao'],
    ja: ['ちらつき', '変色', '色が点滅', '色がころころ', '色ずれ', '明滅', '色むら', 'ホワイトバランス', '色がちらつ', '色が変わ', '色味が変わ'],
  },
  identity: {
    en: ['different person', 'someone else', 'somebody else', 'face swap*', 'lookalike', 'look alike', 'another person', 'a different character', 'another character', 'different actor', 'doppelganger', 'not the same person', 'different face', 'new face', 'a stranger', 'another guy', 'another woman', 'another man', 'another dog', 'another cat', 'different dog', 'different cat'],
    es: ['otra persona', 'persona diferente', 'persona distinta', 'cambia de cara', 'otra cara', 'cara diferente', 'otro personaje', 'no es la misma persona', 'alguien mas', 'alguien distinto', 'otro hombre', 'otra mujer'],
    de: ['andere person', 'jemand anderes', 'jemand anders', 'anderes gesicht', 'anderer mensch', 'gesichtswechsel', 'eine andere frau', 'ein anderer mann', 'nicht mehr dieselbe person', 'nicht dieselbe person', 'eine andere figur'],
    fr: ['une autre personne', "quelqu'un d'autre", 'le visage change', 'visage different', 'un autre visage', 'change de visage', 'une autre femme', 'un autre homme', "n'est plus la meme personne", 'un autre personnage', 'pas la meme personne'],
    pt: ['outra pessoa', 'pessoa diferente', 'rosto diferente', 'outro rosto', 'muda de rosto', 'troca de rosto', 'outro personagem', 'nao e a mesma pessoa', 'virou outra pessoa', 'outro cara', 'outra mulher', 'outro homem'],
    ja: ['別人', '顔が変わ', '顔が違う', 'キャラが変わ', '別のキャラ', '別の人', '違う人', '人が入れ替わ', '顔が入れ替わ', '同一人物に見えな', '同じ人に見えな', '別の顔'],
  },
};
