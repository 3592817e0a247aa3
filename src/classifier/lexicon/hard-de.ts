import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * German hard-failure families, built as in hard-en.ts: the thing that can fail (the job, the output, the credits, the
 * prompt) named with what happened to it, so a stall or a refusal said with any of the usual verbs is found. The thing
 * is always named: "friert ein" alone is as often a frozen frame, "kam nie an" a person. Entries are folded (ß as ss).
 */
const DE_JOBS = [
  'generierung',
  'erstellung',
  'rendering',
  'auftrag',
  'job',
  'prozess',
  'verarbeitung',
  'fortschritt',
  'fortschrittsbalken',
  'ladebalken',
  'app',
  'seite',
  'server',
];
const DE_STALLS = [
  'friert ein',
  'fror ein',
  'ist eingefroren',
  'hangt',
  'hing',
  'hangt sich auf',
  'hat sich aufgehangt',
  'bewegt sich nicht',
  'bewegt sich nicht mehr',
  'wird nicht fertig',
  'wird nie fertig',
  'endet nie',
  'startet nicht',
  'startet nie',
  'ladt und ladt',
  'dreht sich endlos',
  'dreht sich ewig',
  'lauft und lauft',
];
const DE_OUTPUTS = ['video', 'das video', 'ergebnis', 'ausgabe', 'clip', 'output', 'bild', 'bildschirm'];
const DE_FLAT = [
  'ist schwarz',
  'war schwarz',
  'bleibt schwarz',
  'blieb schwarz',
  'ist nur schwarz',
  'ist weiss',
  'war weiss',
  'ist leer',
  'war leer',
  'bleibt leer',
  'ist grau',
  'war grau',
  'ist einfarbig',
];
const DE_INPUTS = ['prompt', 'eingabe', 'bild', 'foto', 'upload', 'referenzbild', 'eingabeaufforderung', 'anfrage'];
const DE_REFUSED = [
  'wurde geblockt',
  'geblockt',
  'wurde zuruckgewiesen',
  'zuruckgewiesen',
  'wurde abgewiesen',
  'abgewiesen',
  'wurde verweigert',
  'wurde gemeldet',
  'wurde markiert',
  'wurde zensiert',
  'wird blockiert',
  'wird abgelehnt',
  'werden blockiert',
  'werden abgelehnt',
  'verstosst',
  'ist nicht erlaubt',
];
const DE_CREDITS = ['credits', 'punkte', 'token', 'guthaben', 'geld', 'meine credits'];
const DE_TAKEN = ['verschwunden', 'sind verschwunden', 'wurden abgezogen', 'wurden verbraucht', 'wurden abgebucht', 'sind futsch', 'weg'];

export const HARD_DE: Partial<Record<HardKey, readonly string[]>> = {
  stuck: [
    ...cross(DE_JOBS, DE_STALLS),
    'ewig in der warteschlange',
    'ewig am laden',
    'ewig am generieren',
    'ladt endlos',
    'ladt und ladt',
    'dreht sich endlos',
    'wird einfach nicht fertig',
    'kommt nie an',
    'bleibt ewig',
    'rendert endlos',
    'generiert endlos',
  ],
  error: [
    ...cross(
      ['generierung', 'erstellung', 'auftrag', 'job', 'prozess'],
      ['wurde abgebrochen', 'wurde gestoppt', 'wurde beendet', 'ist gescheitert'],
    ),
    ...['scheitert', 'gescheitert', 'nichts erstellt', 'nichts gerendert', 'nichts gespeichert'],
    ...cross(['video', 'videos', 'ergebnis'], ['wird nicht geladen', 'ladt nicht', 'lasst sich nicht laden', 'lasst sich nicht abspielen']),
    ...cross(DE_JOBS, ['ist abgesturzt', 'sturzt ab', 'ist uberlastet', 'ist down', 'ist nicht erreichbar']),
    'fehler beim generieren',
    'fehler bei der generierung',
    'fehler beim erstellen',
    'fehler beim rendern',
    'serverfehler',
    'interner fehler',
    'netzwerkfehler',
    'fehlercode',
    'zeigt einen fehler',
    'kommt ein fehler',
    'kam ein fehler',
    'gibt einen fehler',
    'bekomme einen fehler',
    'versuchen sie es spater erneut',
    'spater erneut versuchen',
    'uberlastet',
    'nicht verfugbar',
    'wird nicht gerendert',
    'nicht gerendert',
  ],
  nooutput: [
    'nichts bekommen',
    'nichts erhalten',
    'kein video erhalten',
    'kein video bekommen',
    'video nie bekommen',
    // Said of the video: "kam nie an" alone is also a person who never arrived.
    ...cross(
      ['video', 'das video', 'ergebnis', 'clip'],
      ['kam nie', 'kam nie an', 'ist nie erschienen', 'ist verschwunden', 'verschwunden'],
    ),
    'leer ausgegangen',
  ],
  charge: [...cross(DE_CREDITS, DE_TAKEN), 'kassiert', 'trotzdem bezahlt', 'trotzdem kosten', 'kostet trotzdem', 'bezahlt'],
  modin: [
    ...cross(DE_INPUTS, DE_REFUSED),
    ...cross(
      ['lehnt', 'blockiert', 'verweigert', 'sperrt', 'zensiert'],
      ['meinen prompt', 'den prompt', 'mein bild', 'das bild', 'mein foto'],
    ),
    'verbotene worter',
    'verbotenes wort',
  ],
  modout: [
    ...cross(
      ['video', 'ergebnis', 'ausgabe', 'clip'],
      ['wurde entfernt', 'wurde geloscht', 'wurde zensiert', 'wurde verpixelt', 'wurde blockiert'],
    ),
    'nachtraglich entfernt',
    'nachtraglich geloscht',
    'nachtraglich blockiert',
  ],
  moderation: [
    ...['filter ausgelost', 'vom filter', 'gefiltert', 'richtlinien verstossen', 'nicht jugendfrei'],
    'inhaltsfilter',
    'sicherheitsfilter',
    'nsfw filter',
    'zensur',
    'unangemessen',
    'anstossig',
    'nutzungsbedingungen',
    'geblockt',
    'gebannt',
    'zuruckgewiesen',
    'abgewiesen',
    'nicht zugelassen',
    'content policy',
  ],
  blank: [
    ...cross(DE_OUTPUTS, DE_FLAT),
    // Plural and verb forms: "alle Videos sind schwarz", "die Ergebnisse kommen grau raus".
    ...cross(
      ['videos', 'ergebnisse', 'ausgaben', 'clips', 'outputs', 'bilder'],
      cross(['sind', 'waren', 'bleiben', 'werden', 'kommen'], ['schwarz', 'weiss', 'grau', 'leer']),
    ),
    ...cross(['ergebnis', 'video', 'output', 'clip'], cross(['wird', 'kommt'], ['schwarz', 'weiss', 'grau', 'leer'])),
    'schwarzbild',
    'bildrauschen',
    'nur bildrauschen',
    'leeres bild',
    'leere ausgabe',
    'leere datei',
    'weisser bildschirm',
    'weisses video',
    'nur ein schwarzes',
  ],
  truncated: [
    // The end of the clip missing ("die letzten Sekunden fehlen"), or the clip shorter than asked.
    ...cross(['letzten sekunden', 'letzte sekunde', 'letzten frames', 'letzten bilder', 'ende'], ['fehlen', 'fehlt', 'fehlten', 'fehlte']),
    ...cross(['kurzer als'], ['angegeben', 'eingestellt', 'gewahlt', 'erwartet', 'bestellt']),
    ...cross(
      ['video', 'clip', 'ergebnis'],
      ['ist unvollstandig', 'endet zu fruh', 'hort zu fruh auf', 'ist abgeschnitten', 'wurde abgeschnitten'],
    ),
    'endet mittendrin',
    'hort mittendrin auf',
    'unvollstandiges video',
    'nur halb fertig',
  ],
};
