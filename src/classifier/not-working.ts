/**
 * The making itself said not to work: "veo_3_1_t2v_fast_portrait does not work" (public tuning split,
 * `generation_error`, got no answer), "video generation isn't working", "Kling 2.1 stopped working", "die
 * Videogenerierung funktioniert nicht", "la génération ne marche plus", "el botón de generar no funciona", "a geração
 * não funciona", "動画生成が動かない". Only said of what makes the video (a model or its id, the generation, the
 * generate button, the API, the app, a workflow): "the lip sync doesn't work" or "the physics doesn't work" is a
 * feature of a video that exists (a quality question or vague, by the label conventions) and names none of these.
 * Not when it works badly or for some things only ("doesn't work well", "doesn't work for anime": a quality or a
 * limit), nor under "if" ("if the API doesn't work, retry": advice). Weak, like every error word: with a mode found,
 * the mode stands.
 */
import type { Lang } from './lang.ts';
import type { Hit } from './matcher.ts';
import { eachMatch } from './each-match.ts';
import { makeHit } from './hit.ts';

/** Hosted and open video models people name, with any version after them ("Kling 2.1", "wan2.1", "Gen-3"). */
const BRAND = String.raw`(?:veo|sora|kling|runway|hailuo|minimax|pika|luma|dream\smachine|wan|hunyuan(?:video)?|ltx(?:-video)?|cogvideox?|seedance|jimeng|dreamina|vidu|haiper|framepack|animatediff|gen-[234])(?:[\s-]?v?\d[\w.-]*)?`;
/** A model id as a client spells it ("veo_3_1_t2v_fast_portrait", "wan2.1_i2v_720p"). */
const MODEL_ID = String.raw`[a-z0-9.]+(?:_[a-z0-9.]+)+`;
/** The same sentence, up to two words between the thing and its verb ("Veo 3 fast still doesn't work"). */
const GAP = String.raw`(?:[^\s.!?;,]+\s){0,2}?`;

const SUBJECT: Readonly<Record<Exclude<Lang, 'ja'>, string>> = {
  en: String.raw`(?:video\s)?generation|generating|generator|(?:generate|create|render|submit)\sbutton|rendering|text[\s-]to[\s-]video|image[\s-]to[\s-]video|img2vid|txt2vid|t2v|i2v|api|endpoint|model|app|website|tool|workflow|pipeline|extension|plugin|node`,
  de: String.raw`\w*generierung|generieren|erstellen|\w*button|knopf|api|endpunkt|modell|app|webseite|tool|workflow|text-zu-video|bild-zu-video`,
  fr: String.raw`generation|bouton|api|modele|appli(?:cation)?|outil|site|workflow`,
  es: String.raw`generacion|boton|api|modelo|app|aplicacion|herramienta|workflow`,
  pt: String.raw`geracao|botao|api|modelo|app|aplicativo|ferramenta|workflow`,
};

const VERB: Readonly<Record<Exclude<Lang, 'ja'>, string>> = {
  en:
    String.raw`(?:(?:does|did|do|is|are|was|were|will|has|have)(?:\snot|n't)|doesnt|dont|isnt|won't|wont|can't|cannot|no\slonger|never)\s` +
    String.raw`(?:(?:seem\sto|seems\sto|really|even|actually|currently|still|at\sall)\s)?work(?:s|ing|ed)?\b|(?:stopped|stops|quit)\sworking\b|\bnot\sworking\b`,
  de:
    String.raw`(?:funktioniert|funktionieren|geht|gehen|klappt|klappen|lauft|laufen)\s(?:[^\s.!?;,]+\s){0,3}?(?:nicht|gar\snicht|uberhaupt\snicht)\b|` +
    String.raw`(?:hat|haben)\saufgehort\szu\sfunktionieren`,
  fr: String.raw`(?:ne\s|n')(?:marche|marchent|fonctionne|fonctionnent)\s(?:(?:toujours|vraiment)\s)?(?:plus|pas|jamais)\b|a\scesse\sde\s(?:marcher|fonctionner)`,
  es: String.raw`(?:ya\s)?no\s(?:me\s|nos\s)?(?:funciona|funcionan|anda|sirve|esta\sfuncionando)\b|dejo\sde\sfuncionar`,
  pt: String.raw`(?:ja\s)?nao\s(?:esta\s|estao\s)?(?:funciona|funcionam|funcionando)\b|(?:parou|deixou)\sde\sfuncionar`,
};

/** German puts the verb second: "Seit gestern funktioniert Veo nicht mehr". */
const DE_VERB_FIRST = String.raw`\b(?:funktioniert|funktionieren|geht|klappt|lauft)\s(?:(?:der|die|das|mein|meine)\s)?(?:${SUBJECT.de}|${BRAND})\s(?:[^\s.!?;,]+\s){0,2}?nicht\b`;

/** Japanese: the thing, a particle, and a verb of not working ("動画生成が動かない", "APIが使えない"); folded, katakana as hiragana. */
const JA = new RegExp(
  String.raw`(?:動画生成|生成|もでる|api|あぷり|ぼたん|わーくふろー|${BRAND})(?:が|は|も)(?:全く|まったく|全然|ぜんぜん|もう|急に)?` +
    String.raw`(?:動かな|動作しな|機能しな|使えな)`,
  'g',
);

/**
 * Works badly or for some things only: a quality or a limit, no failed job ("doesn't work well", "doesn't work for
 * anime", "doesn't work with hands"); with the person's own setup it is still the job ("doesn't work with my LoRA").
 */
const QUALIFIED_AFTER =
  /^\s?(?:well|properly|right|correctly|perfectly|great|good|as\s(?:expected|intended|well|advertised)|that\swell|so\swell|for\s(?!me\b|us\b|anyone\b|everyone\b|him\b|her\b|them\b)|on\s(?!my\b|the\s(?:api|app|site)\b)|with\s(?!my\b|our\b|this\b|any\b|the\s(?:new|latest|api|app|update)\b|v?\d)|gut|richtig|bien|correctement|bem|direito)/;
/** A condition or a question about a setting: advice, not a report ("if the API doesn't work", "falls Veo nicht geht"). */
const CONDITION = /(?:^|[\s(])(?:if|unless|in\scase|wenn|falls|si|cuando|caso|quando)\s[^.!?;]*$/;

/** Built once per language: classify runs on every keystroke. */
const BUILT = new Map<Lang, RegExp[]>();
function shapes(lang: Exclude<Lang, 'ja'>): RegExp[] {
  let b = BUILT.get(lang);
  if (!b) {
    b = [new RegExp(String.raw`\b(?:${BRAND}|${MODEL_ID}|(?:${SUBJECT[lang]}))\s${GAP}(?:${VERB[lang]})`, 'g')];
    if (lang === 'de') b.push(new RegExp(DE_VERB_FIRST, 'g'));
    BUILT.set(lang, b);
  }
  return b;
}

/** A cheap gate: a word of not working in any of the languages. */
const GATE = /work|funktion|geht|klappt|lauft|marche|fonctionn|funcion|anda|sirve|動かな|動作しな|機能しな|使えな/;

/** Error hits for the making said not to work, in a folded description. */
export function notWorkingHits(folded: string, lang: Lang | undefined): Hit[] {
  const out: Hit[] = [];
  if (!GATE.test(folded)) return out;
  const langs: Lang[] = lang ? [lang] : ['en', 'de', 'fr', 'es', 'pt', 'ja'];
  for (const l of langs) {
    const res = l === 'ja' ? [JA] : shapes(l);
    for (const re of res) {
      for (const m of eachMatch(folded, re)) {
        const end = m.index + m[0].length;
        if (QUALIFIED_AFTER.test(folded.slice(end, end + 24))) continue;
        const from = Math.max(0, ...['.', '!', '?', ';', '\n'].map((c) => folded.lastIndexOf(c, m.index - 1) + 1));
        if (CONDITION.test(folded.slice(from, m.index))) continue;
        out.push(makeHit({ kind: 'hard', key: 'error' }, m.index, end, 3, false, l === 'ja', [l]));
      }
    }
  }
  return out;
}
