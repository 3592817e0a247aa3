import type { LangLexicon } from './types.ts';

// German compounds ("Farbverschiebung", "Handgelenk") are why many entries here are prefixes.
export const de: LangLexicon = {
  lang: 'de',
  anchors: {
    body: ['hand', 'hande', 'handen', 'finger*', 'daumen', 'arm', 'arme', 'armen', 'bein', 'beine', 'beinen', 'glied*', 'gliedmass*', 'fuss', 'fusse', 'zeh*', 'knie', 'ellbogen', 'gelenk*', 'handgelenk*', 'schulter*', 'hals', 'korper*', 'zahn*', 'zahne', 'pfote*', 'schwanz', 'anatomie'],
    face: ['gesicht*', 'auge', 'augen', 'nase', 'mund', 'kopf', 'kopfe', 'ohr', 'ohren', 'lippe*', 'kiefer', 'ausdruck', 'mimik', 'aussehen'],
    being: ['person*', 'mensch*', 'leute', 'mann', 'manner', 'frau', 'frauen', 'typ', 'madchen', 'junge', 'kinder', 'baby', 'schauspieler*', 'figur*', 'charakter*', 'protagonist*', 'hund', 'hunde', 'hundes', 'katze*', 'pferd*', 'vogel*', 'tier', 'tiere', 'er', 'sie', 'ihm', 'oma', 'opa'],
    object: ['objekt*', 'gegenstand*', 'tasse*', 'glas', 'flasche*', 'auto', 'autos', 'wagen', 'ball', 'stuhl*', 'tisch*', 'telefon*', 'handy', 'buch', 'hut', 'tasche*', 'schwert*', 'fahrrad*', 'tur', 'ture', 'lampe*', 'kiste*', 'teller*', 'loffel*', 'gabel*', 'messer*', 'gitarre*', 'regenschirm*', 'baum', 'baume', 'gebaude*', 'rad', 'rader', 'ding', 'dinge', 'sache*', 'spielzeug*', 'brille'],
    text: ['text', 'texte', 'textes', 'schild', 'schilder', 'schrift*', 'buchstabe*', 'wort', 'worte', 'worter', 'logo*', 'titel*', 'untertitel*', 'beschriftung*', 'aufschrift*', 'etikett*', 'plakat*', 'rechtschreibung', 'schriftzug*', 'name', 'namen'],
    color: ['farb*', 'sattigung', 'helligkeit', 'belichtung', 'beleuchtung', 'licht', 'lichter', 'kontrast', 'weissabgleich', 'hautton*', 'himmel'],
  },
  cues: {
    generic: ['komisch*', 'seltsam*', 'merkwurdig*', 'falsch*', 'kaputt*', 'schlecht*', 'hasslich*', 'fehler*', 'fehlerhaft*', 'unsinn*', 'quatsch', 'mist', 'murks', 'verbuggt', 'glitch*', 'verschwommen*', 'unscharf*', 'stimmt nicht', 'stimmen nicht', 'nicht richtig', 'sinnlos*', 'unnaturlich*', 'gruselig*', 'schrott', 'daneben', 'schief', 'statt', 'anstatt', 'keinen sinn', 'kein sinn'],
    deform: ['deformiert*', 'verformt*', 'missgebildet*', 'verdreht*', 'verzerrt*', 'geschmolzen*', 'schmilzt', 'schmelzen', 'verkrummt*', 'verknotet*', 'verwachsen*', 'zusammengewachsen*', 'verschmolzen*', 'verbogen*', 'entstellt*', 'verkehrt herum', 'mutiert*', 'durcheinander', 'verkruppelt*', 'matschig*', 'gummiartig*', '360 grad', '180 grad', 'dreht sich komplett', 'komplett um'],
    count: ['extra', 'zusatzlich*', 'zu viele', 'zu wenig*', 'fehlt', 'fehlen', 'fehlende*', 'uberzahlig*', 'ein weiterer', 'ein dritter', 'einen dritten', 'dritte', 'doppelt*', 'mehr als', 'zu viel', 'verdoppel*'],
    change: ['ander*', 'verander*', 'wechsel*', 'wandel*', 'verwandelt*', 'wird zu', 'wird zur', 'wird zum', 'wurde zu', 'nicht mehr', 'nicht dieselbe', 'nicht derselbe', 'nicht dasselbe', 'sieht nicht aus wie', 'sieht nicht mehr aus wie', 'inkonsistent*', 'austausch*', 'ausgetauscht', 'ersetzt', 'schwank*', 'passt nicht'],
    morph: ['morph*', 'verschmilzt', 'verschmelzen', 'geht uber in', 'fliesst in'],
    vanish: ['verschwind*', 'verschwunden', 'taucht auf', 'tauchen auf', 'auftauch*', 'erscheint', 'erscheinen', 'aus dem nichts', 'ploetzlich da', 'plotzlich da', 'lost sich auf', 'weg ist'],
    move: ['geht durch', 'gehen durch', 'lauft durch', 'fahrt durch', 'durch die wand', 'durch wande', 'durch den tisch', 'durch den boden', 'durcheinander hindurch', 'durchdring*', 'schwebt', 'schweben', 'schwebend*', 'teleport*', 'gleitet', 'rutscht', 'sinkt in', 'ohne schwerkraft', 'fallt nach oben', 'hindurch', 'fliesst nach oben', 'nach oben fliesst'],
    flicker: ['flacker*', 'flimmer*', 'blink*', 'pulsier*', 'stroboskop*', 'blitz*'],
    jump: ['springt', 'springen', 'sprunge', 'sprunghaft*'],
  },
  normalCounts: { 'finger*': 5, 'hand': 1, 'hande': 2, 'arm': 1, 'arme': 2, 'bein': 1, 'beine': 2, 'augen': 2, 'kopf': 1, 'kopfe': 1, 'ohren': 2 },
  numbers: { zwei: 2, drei: 3, vier: 4, funf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10 },
  timeUnits: ['s', 'sek*', 'sekunde*', 'min*', 'minute*', 'frame*'],
  negators: ['nicht', 'kein*', 'nie', 'niemals', 'nichts', 'weder'],
  positives: ['gut', 'ok', 'okay', 'in ordnung', 'korrekt*', 'richtig*', 'perfekt*', 'normal*', 'sauber', 'lesbar', 'passt', 'unauffallig', 'einwandfrei', 'super'],
  steady: ['stabil', 'konstant*', 'konsistent*', 'gleich*', 'dieselbe', 'derselbe', 'dasselbe', 'einheitlich*'],
  separators: ['aber', 'und', 'doch', 'jedoch', 'wahrend', 'obwohl', 'sondern', 'auch', 'ausserdem', 'dann', 'nur'],
  markers: ['der', 'die', 'das', 'den', 'dem', 'und', 'ist', 'sind', 'ein', 'eine', 'einen', 'nicht', 'mit', 'aber', 'im', 'sich', 'hat', 'auf', 'wird', 'plotzlich', 'zu', 'sieht'],
  fillers: ['plotzlich', 'einfach', 'komplett', 'total', 'ganz', 'direkt', 'irgendwie', 'sich'],
  ignore: ['nicht nur', 'keine ahnung', 'weiss nicht', 'einander', 'gegenseitig'],
};
