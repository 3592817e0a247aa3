import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';

/**
 * Words of the s13 precision round (docs/classifier-history.md): mode words people write without saying their
 * own run had the defect. Written from how people give advice and name tools, not from labelled sentences:
 * - `neg`: a defect named as what to avoid or prevent ("to avoid flicker, lower the CFG", "para evitar el parpadeo"),
 *   as the lexicons already read "vermeiden", "éviter" and 防ぐ. Purpose forms and the imperative only: "preventing"
 *   alone also describes what the person had to steer ("preventing the train from reversing").
 * - `ignore`: "on the other hand" (auf der anderen Seite, d'un autre côté, por outro lado); the virtual camera's moves
 *   as nouns (Kameraschwenk, movimento de câmera); an English quantity that is a French colour word ("tons of"); a
 *   tool or feature whose name holds a mode word ("the face swap tool", "la herramienta de intercambio de caras"), and
 *   "unlike <a named tool>" in Japanese (Soraと違って), whose 違って is otherwise read as a change.
 *   Consumed, so the name alone is no complaint; what the tool did to a face is still read ("the face swap tool
 *   changed her face into someone else's").
 * Entries are folded: lowercase, no accents, katakana as hiragana.
 */
export interface PrecS13 {
  neg: readonly string[];
  ignore: readonly string[];
}

const EN_SWAP = ['face swap', 'face swapping', 'face swapper', 'faceswap', 'head swap'];
const EN_TOOL = ['tool', 'tools', 'app', 'feature', 'node', 'nodes', 'extension', 'workflow', 'function', 'option', 'plugin'];

const FR_TOOL = ['outil', "l'outil", 'fonction', 'option', 'application', 'appli', 'extension', 'module', 'fonctionnalite'];
const FR_SWAP = ['de face swap', "d'echange de visage", "d'echange de visages", 'de changement de visage', 'de remplacement de visage'];
const ES_TOOL = ['herramienta', 'funcion', 'opcion', 'aplicacion', 'app', 'extension'];
const ES_SWAP = ['de face swap', 'de intercambio de caras', 'de intercambio de rostros', 'de cambio de cara', 'de cambio de rostro'];
const PT_TOOL = ['ferramenta', 'funcao', 'opcao', 'aplicativo', 'app', 'extensao', 'recurso'];
const PT_SWAP = ['de face swap', 'de troca de rosto', 'de troca de rostos', 'de troca de cara', 'de troca de caras'];
// The German compound is one word with hyphens ("Face-Swap-Tool"), which the tokeniser reads as words in a row.
const DE_SWAP = ['face swap', 'faceswap', 'face-swap', 'gesichtstausch'];
const DE_TOOL = ['tool', 'funktion', 'app', 'node', 'erweiterung', 'werkzeug'];

/**
 * The virtual camera's moves named as nouns ("nach dem Kameraschwenk", "depois do movimento de câmera"), beside the
 * verb forms the lexicons already consume ("kamera schwenkt", "a camera se move"): how the clip is shot, no thing.
 */
const DE_CAMERA = ['kameraschwenk*', 'kamerafahrt*', 'kamerabewegung*', 'kamerawechsel', 'kamerazoom*', 'kameraperspektive*'];
const FR_CAMERA = cross(['mouvement', 'mouvements'], ['de camera', 'de la camera']);
const ES_CAMERA = cross(['movimiento', 'movimientos'], ['de camara', 'de la camara']);
const PT_CAMERA = cross(['movimento', 'movimentos'], ['de camera', 'da camera']);
const JA_CAMERA = ['かめらわーく', 'かめらの動き', 'かめらが動'];

/** "On the other hand" joins two remarks; its "other" is no change (de, fr, pt read it as one). */
const OTHER_HAND = {
  de: ['auf der anderen seite', 'andererseits'],
  fr: ["d'un autre cote", "d'autre part"],
  es: ['por otro lado', 'por otra parte'],
  pt: ['por outro lado', 'por outra parte'],
};

/** Tools a clip is compared with; "unlike" them the person praises their own (Runwayと違って手は完璧). */
const JA_TOOLS = ['sora', 'runway', 'kling', 'veo', 'pika', 'luma', 'midjourney', '他のもでる', 'ほかのもでる', '他のai', 'ほかのai'];

export const PREC_S13: Readonly<Record<Lang, PrecS13>> = {
  en: {
    neg: ['to avoid', 'to prevent', 'avoid', 'avoids', 'avoiding', 'in order to avoid', 'how to avoid', 'how to prevent'],
    // "Tons of glitches" is a quantity; French "tons" (tones) is a colour word that English text must not borrow.
    ignore: [...cross(EN_SWAP, EN_TOOL), 'tons of', 'a ton of'],
  },
  de: {
    neg: ['zu verhindern', 'verhindern'],
    ignore: [...cross(DE_SWAP, DE_TOOL), ...DE_SWAP.map((s) => `${s}-tool`), ...DE_CAMERA, ...OTHER_HAND.de],
  },
  fr: {
    neg: ['pour empecher', 'pour prevenir'],
    ignore: [...cross(FR_TOOL, FR_SWAP), ...cross(FR_TOOL, ['face swap', 'faceswap']), ...FR_CAMERA, ...OTHER_HAND.fr],
  },
  es: {
    neg: ['para evitar', 'para prevenir', 'evitar', 'evite', 'evitando', 'como evitar'],
    ignore: [...cross(ES_TOOL, ES_SWAP), ...cross(ES_TOOL, ['face swap', 'faceswap']), ...ES_CAMERA, ...OTHER_HAND.es],
  },
  pt: {
    neg: ['para evitar', 'para prevenir', 'evitar', 'evite', 'evitando', 'como evitar'],
    ignore: [...cross(PT_TOOL, PT_SWAP), ...cross(PT_TOOL, ['face swap', 'faceswap']), ...PT_CAMERA, ...OTHER_HAND.pt],
  },
  ja: {
    neg: ['避けるため', '避けるには', '回避するため', '回避するには'],
    ignore: [...JA_TOOLS.flatMap((t) => [`${t}と違って`, `${t}とちがって`, `${t}と違い`]), ...JA_CAMERA],
  },
};
