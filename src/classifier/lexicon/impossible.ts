import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';

/**
 * Physically impossible events, written from how people ordinarily complain about AI video rather than from any one
 * labelled sentence (physics round, session 12): a thing x an impossible event, where the event is the cue and the
 * thing is the lexicon's anchor ("the cup moves without anyone touching it", "the horse runs backwards", "the bottle
 * splits into two", "the metal bar bends like rubber"). Each family is a composition: every verb goes with every way
 * of saying the impossible part, so the words carry to sentences nobody tuned on. Entries are folded (no accents).
 *
 * What is left out, by the label conventions: a motion only judged (unnatural, stiff, jerky: vague), legs that swap
 * and a camera that floats (open calls), and verbs whose ordinary sense is common (a car that drives backwards is
 * reversing, "without touching it" is how one points at a screen), which only count with what makes them impossible.
 */
export interface Impossible {
  /** Motion or contact that cannot happen: moved by nothing, running on the spot or backwards, blown by no wind. */
  move: readonly string[];
  /** A thing that multiplies or splits: one object becoming two is the permanence failure, as vanishing is. */
  vanish: readonly string[];
  /**
   * A solid that bends or wobbles like jelly or rubber: said of a thing it is its physics, of a body its anatomy
   * (pairs.ts). Only with the verb: "a rubber-like texture" is how a surface looks, not how it moves.
   */
  deform: readonly string[];
  /**
   * What the same verbs say when nothing impossible happens: a camera that passes through a window, a truck that
   * turns into a street. Consumed (an `ignore` entry), so the passing or turning in it is no cue. A person walking
   * through a door is left a cue: "walks straight through the door" is said of a shut one (multi-s11.test.ts).
   */
  ignore: readonly string[];
}

const EN_RUN = ['runs', 'running', 'ran', 'run', 'walks', 'walking', 'walked', 'walk', 'jogs', 'jogging'];
const EN_ACT = ['moves', 'moving', 'behaves', 'behaving', 'acts', 'acting'];
// Solid things nothing can be half inside of; not a box, a bag or a car, which things are inside of.
const SOLID_EN = ['the wall', 'the walls', 'the table', 'the floor', 'the ground', 'the chair', 'the desk', 'the ceiling', 'the rock'];
const EN_SWAY = ['moves', 'moving', 'move', 'blows', 'blowing', 'blow', 'flutters', 'fluttering', 'waves', 'waving'];

const EN: Impossible = {
  move: [
    ...cross(['without anyone', 'without anybody', 'with no one', 'with nobody'], ['touching it', 'touching them', 'touching']),
    'without being touched',
    'without being pushed',
    ...cross(['before', 'before anyone', 'before he', 'before she'], ['touches it', 'hits it', 'kicks it']),
    ...cross(['bounces off', 'bounced off', 'bouncing off', 'bounce off'], ['thin air', 'an invisible wall']),
    'invisible wall',
    ...cross(['stops', 'stopped', 'freezes', 'froze'], ['in the air']),
    ...cross(EN_RUN, ['on the spot']),
    'treadmill effect',
    'like on a treadmill',
    'as if on a treadmill',
    ...cross(['foot', 'feet'], ['skating', 'skate']),
    'feet are skating',
    ...cross(["don't", 'never', 'do not', 'not', "doesn't", 'does not'], ['touch the ground', 'touch the floor']),
    'not touching the ground',
    'not touching the floor',
    ...cross([...EN_RUN, 'gallops', 'galloping', 'swims', 'swimming', 'flies', 'flying'], ['backwards', 'backward']),
    ...cross(['play', 'played', 'playing'], ['backwards', 'in reverse']),
    'plays in reverse',
    ...cross([...EN_SWAY, 'sways', 'swaying', 'flaps', 'flapping'], ['without wind', 'without any wind', 'without a breeze']),
    'even though there is no wind',
    'although there is no wind',
    'despite there being no wind',
    ...cross(['half inside', 'half in', 'halfway into', 'partly inside', 'embedded in', 'stuck inside'], SOLID_EN),
  ],
  vanish: [
    ...cross(['pops', 'popped', 'pop', 'popping', 'comes', 'came', 'blinks', 'blinked'], ['into existence']),
    ...cross(['splits', 'split', 'splitting'], ['into two', 'in two', 'into 2']),
    'multiplies',
    'multiplying',
    'multiplied',
    'copies itself',
    'clones itself',
  ],
  deform: cross(
    [...['bends', 'bend', 'bending', 'wobbles', 'wobbling', 'jiggles', 'jiggling', 'stretches', 'stretching'], ...EN_ACT],
    ['like jelly', 'like jello', 'like rubber', 'like putty', 'like slime', 'like gelatin'],
  ),
  ignore: [
    ...cross(['camera passes', 'camera moves', 'camera flies', 'camera goes'], ['through the window', 'through the door']),
    ...cross(['turns into', 'turned into', 'turning into'], ['the driveway', 'the street', 'the road', 'the alley', 'the parking lot']),
  ],
};

const DE_RUN = ['lauft', 'laufen', 'lief', 'rennt', 'rennen', 'rannte', 'geht', 'gehen', 'galoppiert', 'schwimmt', 'fliegt'];

const DE: Impossible = {
  move: [
    ...cross(
      ['ohne dass jemand', 'ohne dass sie jemand', 'ohne dass es jemand', 'ohne dass ihn jemand', 'ohne dass jemand sie'],
      ['beruhrt', 'anfasst', 'anstosst'],
    ),
    'ohne beruhrung',
    'ohne beruhrt zu werden',
    'ohne angefasst zu werden',
    ...cross(['prallt', 'prallen', 'prallte', 'springt', 'springen'], ['an nichts ab', 'von nichts ab']),
    'unsichtbare wand',
    'unsichtbaren wand',
    'mitten in der luft',
    ...cross(DE_RUN, ['ruckwarts']),
    'ruckwarts abgespielt',
    'wie auf einem laufband',
    ...cross(['beruhren', 'beruhrt'], ['den boden nicht', 'nie den boden', 'nicht den boden']),
    ...cross(['bewegen sich', 'bewegt sich', 'wehen', 'weht', 'flattern', 'flattert', 'wackeln', 'wackelt'], ['ohne wind']),
    'obwohl kein wind',
    'obwohl es keinen wind gibt',
    'ohne jeden wind',
    ...cross(
      ['halb im', 'halb in der', 'halb in den', 'zur halfte im', 'zur halfte in der'],
      ['tisch', 'boden', 'wand', 'mauer', 'stuhl', 'decke'],
    ),
  ],
  vanish: [
    ...cross(['verdoppelt', 'verdoppeln', 'verdoppelte', 'vervielfacht', 'vervielfachen', 'spaltet', 'spalten'], ['sich']),
    ...cross(['teilt sich', 'teilen sich', 'spaltet sich', 'spalten sich'], ['in zwei']),
    'grosser und kleiner',
    'kleiner und grosser',
  ],
  deform: cross(
    ['biegt sich', 'biegen sich', 'verbiegt sich', 'wackelt', 'wackeln', 'dehnt sich', 'bewegt sich', 'verhalt sich', 'schwabbelt'],
    ['wie gummi', 'wie gelee', 'wie wackelpudding', 'wie knete', 'wie pudding'],
  ),
  ignore: [],
};

const FR_RUN = ['court', 'courent', 'marche', 'marchent', 'galope', 'galopent', 'nage', 'nagent'];

const FR: Impossible = {
  move: [
    ...cross(
      ['sans que personne ne', 'sans que personne', "sans qu'on", "sans que quelqu'un ne", "sans que quelqu'un"],
      ['la touche', 'le touche', 'les touche', 'touche', 'la pousse', 'le pousse'],
    ),
    'sans etre touche*',
    'sans etre pousse*',
    ...cross(['rebondit', 'rebondissent', 'rebondi', 'ricoche'], ['sur rien', 'contre rien', 'dans le vide']),
    'mur invisible',
    ...cross(["s'arrete", "s'arretent", 'reste', 'restent', 'se fige', 'se figent', "s'immobilise"], ["en l'air", 'dans les airs']),
    'a reculons',
    ...cross(FR_RUN, ['en arriere']),
    'comme sur un tapis roulant',
    ...cross(['ne touchent pas', 'ne touche pas', 'ne touchent jamais', 'ne touche jamais'], ['le sol']),
    ...cross(['joue', 'jouee', 'passe', 'defile', 'lue'], ["a l'envers"]),
    ...cross(['bougent', 'bouge', 'volent', 'vole', 'flottent', "s'agitent", "s'agite", 'ondulent', 'ondule'], ['sans vent']),
    'sans aucun vent',
    "alors qu'il n'y a pas de vent",
    "alors qu'il n'y a aucun vent",
    ...cross(
      ['a moitie dans', 'a moitie enfonce dans', 'a moitie enfoncee dans'],
      ['le mur', 'la table', 'le sol', 'la chaise', 'le plafond'],
    ),
  ],
  vanish: [...cross(['se divise', 'se divisent', 'se separe', 'se separent'], ['en deux']), 'se multiplie*', 'se duplique*', 'se clone*'],
  deform: cross(
    [
      ...['se plie', 'se plient', 'se tord', 'se tordent', 'tremble', 'tremblent', "s'etire", "s'etirent", 'bouge', 'bougent'],
      'se comporte',
    ],
    ['comme de la gelee', 'comme du caoutchouc', 'comme de la pate', 'comme du chewing-gum', 'comme de la gelatine'],
  ),
  ignore: [],
};

const ES_RUN = ['corre', 'corren', 'camina', 'caminan', 'anda', 'andan', 'galopa', 'galopan', 'nada', 'nadan'];

const ES: Impossible = {
  move: [
    ...cross(['sin que nadie', 'sin que alguien'], ['la toque', 'lo toque', 'los toque', 'las toque', 'toque', 'la empuje', 'lo empuje']),
    'sin ser tocad*',
    'sin que lo toquen',
    'sin que la toquen',
    ...cross(['rebota', 'rebotan', 'reboto'], ['contra nada', 'en nada', 'sobre nada', 'en la nada']),
    'pared invisible',
    ...cross(
      ['se detiene', 'se detienen', 'se queda', 'se quedan', 'se para', 'se paran', 'se congela'],
      ['en el aire', 'en medio del aire'],
    ),
    ...cross([...ES_RUN, 'se mueve', 'se mueven', 'vuela', 'vuelan'], ['hacia atras', 'para atras']),
    ...cross([...ES_RUN, 'corriendo', 'caminando'], ['en el sitio', 'en el mismo sitio', 'en el mismo lugar']),
    'como en una cinta de correr',
    ...cross(['no tocan', 'no toca', 'nunca tocan', 'nunca toca'], ['el suelo', 'el piso']),
    ...cross(['se reproduce', 'reproducido', 'reproducida'], ['al reves', 'hacia atras']),
    ...cross(['se mueve', 'se mueven', 'ondea', 'ondean', 'se agita', 'se agitan', 'se balancea', 'se balancean'], ['sin viento']),
    'sin nada de viento',
    'aunque no hay viento',
    'aunque no haya viento',
    ...cross(
      ['medio dentro de', 'medio metido en', 'medio metida en', 'incrustado en', 'incrustada en'],
      ['la pared', 'la mesa', 'el suelo', 'la silla', 'el techo'],
    ),
  ],
  vanish: [...cross(['se divide', 'se dividen', 'se parte', 'se parten'], ['en dos']), 'se clona*', 'se desdobla*'],
  deform: cross(
    [
      ...['se dobla', 'se doblan', 'se tuerce', 'se tuercen', 'tiembla', 'tiemblan', 'se estira', 'se estiran', 'se mueve', 'se mueven'],
      'se comporta',
    ],
    ['como gelatina', 'como de gelatina', 'como goma', 'como de goma', 'como chicle', 'como plastilina'],
  ),
  ignore: [],
};

const PT_RUN = ['corre', 'correm', 'anda', 'andam', 'caminha', 'caminham', 'galopa', 'galopam', 'nada', 'nadam'];

const PT: Impossible = {
  move: [
    ...cross(['sem ninguem', 'sem que ninguem', 'sem que alguem'], ['tocar', 'tocar nela', 'tocar nele', 'encostar', 'toque', 'empurrar']),
    'sem ser tocad*',
    'sem ser empurrad*',
    ...cross(['quica', 'quicam', 'quicou', 'ricocheteia', 'ricocheteiam', 'bate', 'batem'], ['no nada', 'em nada', 'contra nada']),
    'parede invisivel',
    ...cross(['para', 'param', 'parou', 'congela', 'congelam', 'trava', 'travam'], ['no ar', 'no meio do ar']),
    'no meio do ar',
    ...cross([...PT_RUN, 'se move', 'se movem', 'voa', 'voam'], ['para tras', 'pra tras']),
    ...cross([...PT_RUN, 'correndo', 'andando', 'caminhando'], ['no lugar', 'no mesmo lugar']),
    'como numa esteira',
    ...cross(['nao tocam', 'nao toca', 'nunca tocam', 'nunca toca', 'nao encostam no', 'nao encosta no'], ['o chao', 'chao']),
    ...cross(['se mexe', 'se mexem', 'se move', 'se movem', 'balanca', 'balancam', 'esvoaca', 'esvoacam', 'tremula'], ['sem vento']),
    'sem nenhum vento',
    'mesmo sem vento',
    'embora nao haja vento',
    ...cross(
      ['metade dentro da', 'metade dentro do', 'meio enfiado na', 'meio enfiada na', 'meio enfiado no', 'meio enfiada no'],
      ['parede', 'mesa', 'chao', 'cadeira', 'teto'],
    ),
  ],
  vanish: [...cross(['se divide', 'se dividem', 'se parte', 'se partem'], ['em dois', 'em duas']), 'se multiplica*', 'se clona*'],
  deform: cross(
    [
      ...['dobra', 'dobram', 'se dobra', 'se dobram', 'entorta', 'treme', 'tremem', 'estica', 'esticam', 'se mexe', 'se mexem'],
      'se comporta',
    ],
    ['como gelatina', 'como borracha', 'como de borracha', 'como chiclete', 'como massinha'],
  ),
  ignore: [],
};

// Japanese: substrings at a word start (matcher.ts); a cue may end inside a word, so verb stems carry every ending.
const JA: Impossible = {
  move: [
    ...['触れていないのに', '触れてないのに', '触っていないのに', '触ってないのに', '当たっていないのに', '当たってないのに'],
    ...['誰も触れていない', '誰も触っていない', '誰も触れてない', '誰も触ってない'],
    ...['何もないところで跳ね', '何もない所で跳ね', '何もないのに跳ね', '見えない壁'],
    ...['空中で止ま', '空中で静止', '空中で固ま'],
    ...['その場で走', 'その場で歩', 'ランニングマシンの上', 'ルームランナーのよう'],
    ...['後ろ向きに走', '後ろ向きに歩', '後ろ向きに進', '逆向きに走', '逆方向に走', '逆再生'],
    ...['地面についていな', '地面に着いていな', '床についていな', '接地していな'],
    ...['風がないのに', '風もないのに', '無風なのに', '風が吹いていないのに'],
    ...['半分埋ま', '半分めり込', '半分壁に', '半分床に', '半分机に'],
  ],
  vanish: ['分裂', '増殖', '二つに分かれ', '2つに分かれ', 'どこからともなく'],
  deform: ['ぜりー', 'ごむ', 'こんにゃく', '粘土', 'すらいむ'].flatMap((s) =>
    ['曲が', '揺れ', '伸び', '動', 'ぐにゃ', '振る舞'].map((v) => `${s}のように${v}`),
  ),
  // None: 通り抜ける is the verb for passing through a wall as much as through a doorway, so a door with it is no
  // safer reading than a wall.
  ignore: [],
};

export const IMPOSSIBLE: Readonly<Record<Lang, Impossible>> = { en: EN, de: DE, fr: FR, es: ES, pt: PT, ja: JA };
