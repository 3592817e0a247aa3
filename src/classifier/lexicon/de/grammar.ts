import type { LangLexicon } from '../types.ts';

// German clause grammar: normal counts, numbers, time units, negators, positives, steady words and clause breaks.
// Apart from the rest of lexicon/de/ only to keep files small; index.ts assembles them in order.
export const GRAMMAR: Pick<LangLexicon, 'normalCounts' | 'numbers' | 'timeUnits' | 'negators' | 'positives' | 'steady' | 'separators'> = {
  normalCounts: { 'finger*': 5, hand: 1, hande: 2, arm: 1, arme: 2, bein: 1, beine: 2, augen: 2, kopf: 1, kopfe: 1, ohren: 2 },
  numbers: { zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  timeUnits: ['s', 'sek*', 'sekunde*', 'min*', 'minute*', 'frame*'],
  // Spoken forms too: "nich", southern "net", "null" (zero: "null Flackern"), like "zero flicker".
  negators: [
    // A defect said to be over or history ("verschmolzene Finger sind jetzt Geschichte"), or one to avoid
    // ("wie vermeidet man verformte Hände?"): no complaint, as "behoben".
    ...['ist geschichte', 'sind geschichte', 'jetzt geschichte', 'ist vorbei', 'sind vorbei', 'jetzt vorbei'],
    ...['der vergangenheit an', 'vermeiden', 'vermeidet', 'vermeide'],
    // To fix it ("das Update behebt die verformten Hände"), as the participle behoben. Not lösen: sich auflösen.
    ...['beheben', 'behebt', 'korrigieren', 'korrigiert'],
    'nicht',
    'nich',
    'net',
    'null',
    'kein*',
    'nie',
    'niemals',
    'nichts',
    'niemand*',
    'weder',
    'gelost',
    'behoben',
    'reduziert',
    'verringert',
  ],
  positives: [
    // Decipherable, as lesbar: negated ("nicht entzifferbar") the writing is the complaint.
    'entzifferbar',
    // Free of errors is said fine: "fehlerfrei" holds "fehler*", the defect stem, and was read as one (s11).
    'fehlerfrei*',
    'fehlerlos*',
    'funktioniert',
    'funktionieren',
    'gut',
    'ok',
    'okay',
    'in ordnung',
    'korrekt*',
    'richtig*',
    'perfekt*',
    'normal*',
    'sauber',
    'lesbar',
    'passt',
    'unauffallig',
    'einwandfrei',
    'super',
    'stimmt',
    'stimmen',
    'naturlich',
    'realistisch*',
    'flussig',
    'flussiger',
    'glaubwurdig*',
    'uberzeugend*',
    'eingehalten',
    // Praise that it passes for real (s11): "täuschend echt", "lebensecht".
    'tauschend echt',
    'lebensecht*',
    'makellos*',
  ],
  steady: [
    // Alike: negated ("sieht ihr nicht ähnlich") the person drifted from who it is, as "doesn't resemble".
    'ahnlich',
    'stabil',
    'konstant*',
    'konsistent*',
    'gleich*',
    'dieselbe',
    'derselbe',
    'dasselbe',
    'einheitlich*',
    'behalt',
    'behielt',
    'behalten',
    'bleibt gleich',
    'bleibt',
    'blieb',
    'blieben',
    'unverandert',
    'erhalten',
    // Carried over from the reference (as ja 反映): "das Make-up wurde nicht übernommen" is the look lost.
    'ubernommen',
    'konsistenz',
    'kontinuitat',
    'stabilitat',
    'koharenz',
    // "Stimmt nicht überein", "passt nie zusammen": negated, unlike what it should follow.
    'uberein',
    'ubereinstimm*',
  ],
  separators: ['aber', 'und', 'doch', 'jedoch', 'wahrend', 'obwohl', 'sondern', 'auch', 'ausserdem', 'dann', 'nur'],
};
