/**
 * A safety filter's blur said as something the model puts on the video: "if the action veers into 'romantic'
 * territory, the model deploys a discreet pink blur" (public tuning split, `moderation_output`, got no answer), "the
 * NSFW filter slaps a mosaic over it", "il applique un flou dès qu'il y a de la nudité", "aplica un desenfoque en
 * las escenas íntimas", "aplica um desfoque", "性的なシーンにはぼかしをかける". A blur put on deliberately is the
 * output censored; the same words about the picture's look ("it adds a weird blur to the background") are a quality
 * complaint, so a word of safety, nudity or intimacy must stand in the description too. Weak, like every modout word.
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** Up to two words of manner or colour between the article and the blur ("a discreet pink blur"). */
const ADJ = String.raw`(?:[^\s.!?;,]+\s){0,2}?`;
const PUT: Readonly<Record<Exclude<Lang, 'ja'>, string>> = {
  en: String.raw`\b(?:applies|applied|deploys|deployed|adds|added|puts|put|overlays|overlaid|slaps|slapped|throws)\s(?:a|an)\s${ADJ}(?:blur|mosaic|censor\sbar|black\sbar)\b`,
  de: String.raw`\b(?:legt|legte|setzt|setzte|packt)\s(?:[^\s.!?;,]+\s){0,2}?(?:einen|eine|ein)\s${ADJ}(?:weichzeichner|unscharfefilter|mosaik|zensurbalken|balken)\b`,
  fr: String.raw`\b(?:applique|ajoute|met|pose)\s(?:un|une)\s${ADJ}(?:flou|floutage|mosaique|bande\snoire)\b`,
  es: String.raw`\b(?:aplica|aplico|pone|puso|agrega|anade)\s(?:un|una)\s${ADJ}(?:desenfoque|difuminado|mosaico|blur|franja\snegra)\b`,
  pt: String.raw`\b(?:aplica|aplicou|coloca|colocou|poe|adiciona)\s(?:um|uma)\s${ADJ}(?:desfoque|mosaico|blur|tarja\spreta)\b`,
};
/** Japanese: a blur or mosaic put on (ぼかしをかけ, もざいくをかけ, もざいくがかか); ぼかしが入 is in the lists. */
const JA_PUT = /(?:ぼかし|もざいく)(?:を|が)(?:かけ|かか|入れ)/g;

/** Safety, nudity or intimacy: what a filter blurs for. */
const CONTEXT =
  /safety|nsfw|nud(?:e|ity)|naked|explicit|sexual|romantic|intimate|sensitive|censor|filter|moderat|sicherheit|jugendschutz|nackt|sexuell|romantisch|intim|securite|nudite|sexuel|romantique|seguridad|desnud|intim[oa]s?|seguranca|nudez|sexua|romantic|安全|性的|ぬーど|裸|せんしてぃぶ|えっち/;

const BUILT = new Map<Exclude<Lang, 'ja'>, RegExp>();

/** Output-moderation hits for a blur the model puts on, in a description that says what it blurs for. */
export function censorBlurHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  if (!CONTEXT.test(folded)) return out;
  for (const l of lang ? [lang] : (['en', 'de', 'fr', 'es', 'pt', 'ja'] as const)) {
    let re: RegExp;
    if (l === 'ja') re = JA_PUT;
    else {
      re = BUILT.get(l) ?? new RegExp(PUT[l], 'g');
      BUILT.set(l, re);
    }
    for (const m of eachMatch(folded, re)) {
      out.push(makeHit({ kind: 'hard', key: 'modout' }, m.index, m.index + m[0].length, 3, false, l === 'ja', [l]));
    }
  }
  return out;
}
