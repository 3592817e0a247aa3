import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';

/**
 * The laws of physics said to be broken, in many ways: a verb of defying, ignoring, breaking or contradicting x the
 * laws ("defies the laws of physics", "widerspricht der Physik", "ne correspondent pas aux lois de la physique",
 * "viola las leyes de la física", "物理法則に反する"). The labels' convention files motion or things that do the
 * impossible as physics. A composition, not a list of sentences: every verb goes with every way of naming the laws.
 * Said with a negation before it ("it does not defy physics") the clause is negated and the phrase names nothing;
 * obeying, respecting or corresponding to them are the positives whose negation is the complaint (en/grammar.ts), so here the
 * negated forms are written out only where the negation is part of the idiom ("ne ... pas", "no corresponde").
 */
const LAWS_EN = [
  'physics',
  'the laws of physics',
  'laws of physics',
  'the law of physics',
  'the physical laws',
  'physical laws',
  'the rules of physics',
  'basic physics',
  'real physics',
  'real world physics',
  'gravity',
];
const LAWS_DE = ['der physik', 'den gesetzen der physik', 'den physikalischen gesetzen', 'die physik', 'die gesetze der physik'];
const LAWS_FR = ['la physique', 'les lois de la physique', 'les lois physiques', 'la gravite'];
const LAWS_FR_TO = ['a la physique', 'aux lois de la physique', 'aux lois physiques', ...LAWS_FR];
const LAWS_ES = ['la fisica', 'las leyes de la fisica', 'las leyes fisicas', 'la gravedad'];
const LAWS_ES_TO = ['a la fisica', 'a las leyes de la fisica', 'a las leyes fisicas', ...LAWS_ES];
// "às leis" folds to "as leis".
const LAWS_PT = ['a fisica', 'as leis da fisica', 'as leis fisicas', 'a gravidade'];

export const LAWS_BROKEN: Readonly<Record<Lang, readonly string[]>> = {
  en: cross(
    [
      ...['defies', 'defy', 'defying', 'defied', 'ignores', 'ignore', 'ignoring', 'ignored', 'breaks', 'break', 'breaking', 'broke'],
      ...['violates', 'violate', 'violating', 'violated', 'contradicts', 'contradict', 'contradicting', 'contradicted'],
      ...['disobeys', 'disobey', 'disobeying', 'disobeyed', 'goes against', 'go against', 'went against'],
    ],
    LAWS_EN,
  ),
  de: [
    ...cross(['widerspricht', 'widersprechen', 'widersprach', 'trotzt', 'trotzen', 'entspricht nicht', 'entsprechen nicht'], LAWS_DE),
    ...cross(['ignoriert', 'ignorieren', 'verletzt', 'verletzen', 'bricht', 'brechen', 'missachtet', 'missachten'], LAWS_DE),
  ],
  fr: [
    ...cross(['defie', 'defient', 'ignore', 'ignorent', 'viole', 'violent', 'contredit', 'contredisent', 'enfreint'], LAWS_FR),
    ...cross(
      ['ne correspond pas', 'ne correspondent pas', 'ne respecte pas', 'ne respectent pas', 'ne suit pas', 'ne suivent pas'],
      LAWS_FR_TO,
    ),
  ],
  es: [
    ...cross(['desafia', 'desafian', 'ignora', 'ignoran', 'viola', 'violan', 'contradice', 'contradicen', 'rompe', 'rompen'], LAWS_ES),
    ...cross(['no corresponde', 'no corresponden', 'no respeta', 'no respetan', 'no sigue', 'no siguen', 'no obedece'], LAWS_ES_TO),
  ],
  pt: [
    ...cross(['desafia', 'desafiam', 'ignora', 'ignoram', 'viola', 'violam', 'contradiz', 'contradizem', 'quebra', 'quebram'], LAWS_PT),
    ...cross(['nao corresponde', 'nao correspondem', 'nao respeita', 'nao respeitam', 'nao segue', 'nao seguem', 'nao obedece'], LAWS_PT),
  ],
  ja: ['物理法則を無視', '物理を無視', '物理法則に反', '物理法則に逆ら', '物理法則を破', '物理的にありえな', '物理的にあり得な'],
};
