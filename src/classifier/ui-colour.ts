/**
 * The colour of the service's own controls is no colour defect of the video: "clicking generate just changes the grey
 * buttons to 'interrupt'", "the progress bar turns red", "der Knopf wird grau", "le bouton devient gris", "el botón se
 * pone gris", "o botão fica cinza", "ボタンがグレーになる". A hue or colour word that names a button, an icon, a bar, a
 * tab or a menu is the interface's; the rest of the description is read as ever ("the red car turns blue" stays
 * colour). Found in the public tuning split (a stuck run read as colour from "changing the grey buttons"); written as
 * the family of interface nouns in the six languages. Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';

const UI = [
  String.raw`buttons?|icons?|progress ?bars?|loading bars?|tabs?|menus?|toggles?|sliders?|checkbox(?:es)?|badges?|banners?`,
  String.raw`knopf|knopfe|schaltflachen?|fortschrittsbalken|symbol|symbole|menus?`,
  String.raw`boutons?|icones?|barres? de progression|onglets?`,
  String.raw`boton|botones|iconos?|barras? de progreso|pestanas?`,
  String.raw`botao|botoes|icones?|barras? de progresso|abas?`,
].join('|');

/** The interface noun right after the colour ("grey buttons", "the red progress bar"): the colour is its. */
const UI_AFTER = new RegExp(String.raw`^\s+(?:(?:colou?red|colou?r|farbene?n?)\s+)?(?:${UI})\b`);
/** The interface noun as the subject, then only a verb of becoming before the colour ("the button turns blue"). */
const UI_BEFORE = new RegExp(String.raw`\b(?:${UI})(?:\s+(?:colou?r|farbe|couleur|color|cor))?\s+(?:\w+\s+){0,2}?$`);
const JA_UI = /(?:ぼたん|あいこん|ぷろぐれすばー|めにゅー|たぶ)(?:が|は|の色が|の色は)?[^。！？、]{0,6}$/;

/** `hits` without hue and colour anchors that name the interface. */
export function uiColourDropped(folded: string, hits: Hit[]): Hit[] {
  return hits.filter((h) => {
    if (h.role.kind !== 'anchor' || (h.role.cls !== 'hue' && h.role.cls !== 'color')) return true;
    const before =
      folded
        .slice(Math.max(0, h.start - 40), h.start)
        .split(/[.!?;:,\n。！？]/)
        .pop() ?? '';
    if (h.cjk) return !JA_UI.test(before);
    return !(UI_AFTER.test(folded.slice(h.end, h.end + 40)) || UI_BEFORE.test(before));
  });
}
