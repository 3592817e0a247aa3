/**
 * The tool's own terms that happen to hold a thing and a motion: "the sliding window", "fenêtre glissante", "ventana
 * deslizante", "janela deslizante", "gleitendes Fenster", "スライディングウィンドウ". A window that slides is how long
 * videos are generated in pieces, not a window in the scene moving (public tuning split: "a long video (longer than
 * the sliding window), a gradual change in brightness" is color alone, and read physics beside it). The words of the
 * term name nothing; the rest of the description is read as ever ("the window slides across the room" stays physics).
 * Folded text: lowercase, no accents, katakana as hiragana.
 */
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { anyOf } from './word-regex.ts';

const TERM =
  /\b(?:sliding[- ]windows?|context windows?|gleitende[mnrs]? fensters?|sliding-window\w*|fenetres? glissantes?|ventanas? deslizantes?|janelas? deslizantes?)\b|すらいでぃんぐういんどう/g;

/** `hits` without the ones inside a tool term, and without the mode words of the settings talk below. */
export function jargonDropped(folded: string, hits: Hit[]): Hit[] {
  const terms = eachMatch(folded, TERM).map((m) => [m.index, m.index + m[0].length] as const);
  const kept = terms.length ? hits.filter((h) => !terms.some(([a, b]) => h.start >= a && h.end <= b)) : hits;
  return settingsWordsDropped(folded, kept);
}

/**
 * Words of the tool's settings that hold a mode's word (vague round, s12): a safety or content filter is no colour
 * filter ("trigger censored (safe filter)", "NSFW-Filter", "filtre de sécurité", "filtro de contenido", "NSFWフィルター");
 * a prompt, seed, setting or model the person varied is no change in the clip ("under the influence of different
 * prompts", "mit anderen Seeds", "prompts différents", "diferentes prompts", "outro prompt", "別のプロンプト", "change the
 * model"); a colour said of a control of the interface is ui-colour.ts's. Only the mode words are dropped: the
 * moderation word still reads a moderation failure (hard.ts), and
 * a change said of a thing in the clip ("the face changes with a different prompt") is still read.
 */
/** What a person sets, not what the clip shows. */
const INPUT_WORDS = [
  'prompts?|seeds?|settings?|parameters?|params|models?|checkpoints?|loras?|samplers?|schedulers?|workflows?|cfg|steps',
  'einstellungen|parametern?|modelle?|parametres?|modeles?|reglages?|parametros?|modelos?|ajustes?',
  'configuracion(?:es)?|configurac(?:ao|oes)',
].join('|');
const INPUT = String.raw`(?:${INPUT_WORDS})\b`;
/** Words that say the input was another: "different prompts", "andere Seeds", "otro prompt". */
const OTHER = [
  'different|other|another|various|new|andere[nmrs]?|verschiedene[nmrs]?|unterschiedliche[nmrs]?|neue[nmrs]?',
  'differents?|differentes|autres?|nouveaux?|nouvelles?|diferentes|distint[oa]s|otr[oa]s?|nuev[oa]s?|outr[oa]s?|nov[oa]s?|vari[oa]s',
].join('|');
/** Verbs of changing an input, then at most an article or a possessive before it. */
const VARY = [
  'chang(?:e|ed|es|ing)|switch(?:ed|es|ing)?|tweak(?:ed|s|ing)?|vary(?:ing)?|varied|anderte?|andere|wechsel\\w*',
  'change[rsz]?|changeant|cambi(?:o|e|ar|ando|a|amos|e)|mud(?:o|ei|ar|ando|a|amos)|troc(?:o|ar|ando|a|amos|uei)',
].join('|');
const DETERMINER = 'the|my|a|den|die|das|meinen|meine|le|la|les|mon|ma|mes|de|el|los|las|mi|mis|o|a|os|as|meu|minha|meus|minhas';
const SETTINGS = anyOf(
  [
    // A filter named by what it screens.
    String.raw`\b(?:safe|safety|content|nsfw|moderation|censor\w*|adult|explicit|sicherheits|inhalts|jugendschutz)[- ]?filters?\b`,
    String.raw`\b(?:filtres?|filtros?) (?:de (?:securite|seguridad|seguranca|contenido|conteudo|contenu|moderation|moderacion` +
      String.raw`|moderacao|censure|censura)|nsfw)\b`,
    '(?:nsfw|せーふてぃ|せーふ|検閲|こんてんつ)ふぃるたー',
    // An input varied: "different prompts", "another seed", "change the model".
    String.raw`\b(?:${OTHER})\s+${INPUT}`,
    String.raw`\b${INPUT}\s+(?:differents?|differentes|diferentes|distint[oa]s|nuev[oa]s?|nov[oa]s?)\b`,
    String.raw`\b(?:${VARY})\s+(?:(?:${DETERMINER})\s+)?${INPUT}`,
    String.raw`\b${INPUT}\s+(?:geandert|gewechselt|angepasst)\b`,
    '(?:別の|異なる|違う|他の|ほかの)(?:ぷろんぷと|しーど|設定|もでる|ぱらめーた)',
    '(?:ぷろんぷと|しーど|設定|もでる|ぱらめーた)(?:を|も)(?:変え|かえ|変更)',
  ],
  'g',
);
/** A stem every pattern above holds (keep the two in step): most descriptions hold none and skip the alternation. */
const SETTINGS_GATE = anyOf([
  'filt|ふぃるたー|prompt|seed|setting|param|model|checkpoint|lora|sampler|scheduler|workflow|cfg|steps',
  'einstellung|reglage|ajuste|configura|ぷろんぷと|しーど|設定|もでる|ぱらめーた',
]);
const MODE_WORDS: ReadonlySet<Hit['role']['kind']> = new Set<Hit['role']['kind']>(['anchor', 'cue', 'strong']);

function settingsWordsDropped(folded: string, hits: Hit[]): Hit[] {
  if (!SETTINGS_GATE.test(folded)) return hits;
  const terms = eachMatch(folded, SETTINGS).map((m) => [m.index, m.index + m[0].length] as const);
  if (!terms.length) return hits;
  return hits.filter((h) => !MODE_WORDS.has(h.role.kind) || !terms.some(([a, b]) => h.start >= a && h.end <= b));
}
