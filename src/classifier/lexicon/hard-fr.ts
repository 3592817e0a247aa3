import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * French hard-failure families, built as in hard-en.ts: the thing that can fail named with what happened to it. The
 * thing is always named: "est figée" alone is as often a frozen frame, "n'est jamais arrivée" a person. Entries are
 * folded (no accents).
 */
const FR_JOBS = [
  'generation',
  'rendu',
  'traitement',
  'tache',
  'progression',
  'barre de progression',
  'barre de chargement',
  'chargement',
  'application',
  'site',
  'serveur',
];
const FR_STALLS = [
  'ne bouge plus',
  'ne bouge pas',
  'est figee',
  'est fige',
  'reste figee',
  'reste fige',
  'est bloquee',
  'est bloque',
  'ne se termine pas',
  'ne finit pas',
  'ne demarre pas',
  'ne se lance pas',
  'tourne dans le vide',
  'tourne sans fin',
  'plante',
  'a plante',
  'ne repond plus',
];
const FR_OUTPUTS = ['video', 'la video', 'ecran', "l'ecran", 'image', 'rendu', 'resultat', 'sortie', 'clip'];
const FR_FLAT = [
  'est noire',
  'est noir',
  'reste noire',
  'reste noir',
  'sort noire',
  'sort noir',
  'est vide',
  'reste vide',
  'est blanche',
  'est grise',
  'est gris',
  'est toute noire',
  'est tout noir',
  'est toute grise',
];
const FR_INPUTS = ['prompt', 'requete', 'image', 'photo', 'demande', 'invite'];
const FR_REFUSED = [
  'a ete bloquee',
  'a ete bloque',
  'est bloquee',
  'est bloque',
  'a ete refusee',
  'a ete refuse',
  'est refusee',
  'est refuse',
  'a ete rejetee',
  'a ete rejete',
  'a ete signalee',
  'a ete signale',
  'a ete censuree',
  'a ete censure',
  'enfreint',
  'viole',
  "n'est pas autorise",
  "n'est pas autorisee",
];
const FR_CREDITS = ['credits', 'mes credits', 'les credits', 'points', 'jetons'];
const FR_TAKEN = [
  'ont disparu',
  'ont ete debites',
  'ont ete preleves',
  'ont ete consommes',
  'ont ete utilises',
  'ont ete deduits',
  'envoles',
];

export const HARD_FR: Partial<Record<HardKey, readonly string[]>> = {
  stuck: [
    ...['tourne dans le vide', 'charge dans le vide', 'mouline dans le vide'],
    ...cross(['requete', 'generation', 'tache', 'session'], ['a expire', 'est expiree', 'a expiree']),
    ...cross(FR_JOBS, FR_STALLS),
    'charge a l infini',
    "charge a l'infini",
    'tourne a l infini',
    "tourne a l'infini",
    'chargement sans fin',
    'mouline',
    'reste en attente',
    'reste en file',
    'ne se termine jamais',
    'ne termine jamais',
    'ne demarre jamais',
    'toujours en traitement',
    'toujours en generation',
  ],
  error: [
    ...cross(
      ['generation', 'rendu', 'traitement', 'tache'],
      ['a ete annulee', 'a ete annule', 'a ete interrompue', 'a ete interrompu', "s'est arretee", "s'est arrete"],
    ),
    ...["rien n'a ete genere", "rien n'a ete cree", "rien n'a ete produit"],
    ...cross(FR_JOBS, ['a crashe', 'crashe', 'est en panne', 'est surcharge', 'est surchargee', 'est indisponible']),
    'une erreur est survenue',
    'reessayez plus tard',
    'reessayer plus tard',
    'ne se genere pas',
    'ne genere rien',
    'indisponible',
    'erreur interne',
    'erreur serveur',
  ],
  nooutput: [
    ...cross(
      ["n'apparait pas dans", 'pas dans', 'rien dans'],
      ['ma bibliotheque', 'la bibliotheque', 'ma galerie', "l'historique", 'mon historique'],
    ),
    'rien recu',
    "je n'ai rien eu",
    ...cross(['video', 'la video', 'resultat'], ["n'est jamais arrivee", "n'est jamais apparue", 'a disparu', 'jamais arrivee']),
    'jamais recu',
    'jamais recue',
    "rien ne s'affiche",
    "rien n'apparait",
  ],
  charge: [...cross(FR_CREDITS, FR_TAKEN), "j'ai paye", 'paye pour rien', 'factures', 'debites quand meme', 'preleves quand meme'],
  modin: [
    ...cross(FR_INPUTS, ['enfreint les regles', 'viole les regles', 'enfreint les conditions', 'va a l encontre des regles']),
    ...cross(FR_INPUTS, FR_REFUSED),
    ...cross(['refuse', 'bloque', 'rejette', 'censure'], ['mon prompt', 'le prompt', 'mes prompts', 'mon image', 'ma photo', 'la photo']),
    'mots interdits',
    'mot interdit',
  ],
  modout: [
    ...cross(
      ['video', 'resultat', 'rendu', 'clip'],
      ['a ete supprimee', 'a ete supprime', 'a ete censuree', 'a ete floutee', 'a ete retiree'],
    ),
  ],
  moderation: [
    ...['filtre de contenu', 'bloque par le filtre', 'contenu pour adultes'],
    'contenu sensible',
    'contenu explicite',
    'filtre de securite',
    'filtre nsfw',
    "conditions d'utilisation",
    "regles d'utilisation",
    'enfreint',
    'viole',
    'signale comme',
    'banni',
  ],
  blank: [
    ...cross(FR_OUTPUTS, FR_FLAT),
    // Plural and verb forms: "les vidéos sortent toutes noires", "des images noires".
    ...cross(
      ['videos', 'images', 'rendus', 'resultats', 'clips'],
      cross(
        ['sont', 'sortent', 'restent', 'ressortent', 'deviennent'],
        ['noires', 'noirs', 'vides', 'blanches', 'grises', 'gris', 'toutes noires', 'tous noirs'],
      ),
    ),
    ...cross(['video', 'image', 'ecran', 'resultat'], cross(['ressort', 'devient'], ['noire', 'noir', 'vide', 'blanche', 'grise', 'gris'])),
    ...['images noires', 'videos noires', 'images toutes noires', 'videos toutes noires'],
    'que du noir',
    'juste du noir',
    'que du bruit',
    'juste du bruit',
    'que du gris',
    'ecran vide',
    'image vide',
  ],
  truncated: [
    // The end of the clip missing ("les dernières secondes manquent"), or the clip shorter than asked.
    ...cross(
      ['dernieres secondes', 'derniere seconde', 'dernieres images', 'la fin'],
      ['manquent', 'manque', 'sont coupees', 'est coupee'],
    ),
    ...['il manque les dernieres', 'il manque la fin', 'plus courte que prevu', 'plus court que prevu', 'plus courte que demande'],
    ...cross(['video', 'clip', 'rendu'], ["s'arrete a mi-chemin", "s'arrete au milieu", 'est coupee', 'est tronquee', 'est incomplete']),
    'coupee au milieu',
    'video tronquee',
    "s'arrete en plein milieu",
  ],
};
