import type { LangLexicon } from './types.ts';

// Elisions are split by the tokeniser: write "n'est" as it is typed; it matches the tokens "n'" "est".
export const fr: LangLexicon = {
  lang: 'fr',
  anchors: {
    body: ['main', 'mains', 'doigt*', 'pouce*', 'bras', 'jambe*', 'membre*', 'pied', 'pieds', 'orteil*', 'genou*', 'coude*', 'articulation*', 'poignet*', 'epaule*', 'cou', 'corps', 'dent*', 'patte', 'pattes', 'queue', 'anatomie'],
    face: ['visage*', 'yeux', 'oeil', 'nez', 'bouche*', 'tete*', 'oreille*', 'levre*', 'machoire', 'traits', 'apparence'],
    being: ['personne*', 'gens', 'homme*', 'femme*', 'gars', 'garcon*', 'fille*', 'enfant*', 'bebe', 'acteur*', 'actrice*', 'personnage*', 'protagoniste', 'sujet', 'il', 'elle', 'lui', 'chien*', 'chat', 'chats', 'cheval', 'chevaux', 'oiseau*', 'animal', 'animaux', 'dame', 'monsieur', 'mec'],
    object: ['objet*', 'tasse*', 'verre*', 'bouteille*', 'voiture*', 'balle*', 'ballon*', 'chaise*', 'table*', 'telephone*', 'livre*', 'chapeau*', 'sac', 'sacs', 'epee*', 'velo*', 'porte', 'portes', 'lampe*', 'boite*', 'assiette*', 'cuillere*', 'fourchette*', 'couteau*', 'guitare*', 'parapluie*', 'arbre*', 'batiment*', 'roue*', 'chose*', 'truc*', 'jouet*', 'lunettes'],
    text: ['texte*', 'panneau*', 'enseigne*', 'lettre*', 'mot', 'mots', 'ecriture', 'ecrit*', 'logo*', 'titre*', 'etiquette*', 'affiche*', 'orthographe', 'inscription*', 'typographie', 'nom', 'sous-titres'],
    color: ['couleur*', 'teinte*', 'saturation', 'luminosite', 'exposition', 'eclairage', 'lumiere*', 'contraste', 'balance des blancs', 'teint', 'carnation', 'ciel'],
  },
  cues: {
    generic: ['bizarre*', 'etrange*', 'faux', 'fausse*', 'casse*', 'moche*', 'mauvais*', 'rate*', 'bug', 'bugs', 'bugge*', 'buggue*', 'glitch*', 'incorrect*', "n'importe quoi", 'aucun sens', "n'a aucun sens", "n'a pas de sens", "n'ont aucun sens", "n'ont pas de sens", 'ne veut rien dire', 'ne veulent rien dire', 'absurde*', 'flou*', 'chelou', 'zarbi', 'bancal*', 'nul', 'nulle*', 'horrible*', 'degueu*', 'foire*', 'pas terrible', 'au lieu de'],
    deform: ['deform*', 'difforme*', 'malform*', 'tordu*', 'fondu', 'fondue', 'fondus', 'fondues', 'fondent', 'distordu*', 'mutant*', 'fusionne*', 'soude*', 'colle', 'colles', 'collee', 'collees', 'plie*', 'ecrase*', 'etire*', "a l'envers", 'monstrueu*', 'brouill*', 'melange*', 'tordent', 'deforme', '360 degres', '180 degres', 'tour complet'],
    count: ['en trop', 'de trop', 'supplementaire*', 'manquant*', 'manque', 'manquent', 'trop de', 'pas assez', 'en plus', 'troisieme', 'double*', 'plus de', 'se dedouble*', 'dedouble*'],
    change: ['chang*', 'different*', 'autre', 'devient', 'devenu*', 'se transforme*', 'transform*', 'remplace*', 'ne ressemble plus', 'ne ressemble pas', "n'est plus", "n'est pas la meme", "n'est pas le meme", 'varie', 'varient', 'inconsistant*', 'incoherent*', 'bascule*', 'evolue'],
    morph: ['morph*', 'se fond', 'fusionne', 'se melange*'],
    vanish: ['dispar*', 'apparai*', 'apparu*', 'surgit', 'de nulle part', 'reapparai*', 'sort de nulle part'],
    move: ['traverse*', 'passe a travers', 'a travers le mur', 'a travers la table', 'a travers le sol', 'flotte*', 'levit*', 'se teleporte*', 'teleport*', 'glisse*', "s'enfonce", 'sans gravite', 'apesanteur', 'tombe vers le haut', 'rebondi*', 'coule vers le haut', 'monte au lieu de tomber'],
    flicker: ['scintill*', 'clignot*', 'papillot*', 'vacill*', 'pulse', 'flash*', 'stroboscop*'],
    jump: ['saute', 'sautent', 'sauts', 'saut'],
  },
  normalCounts: { 'doigt*': 5, 'main': 1, 'mains': 2, 'bras': 2, 'jambe*': 2, 'yeux': 2, 'oeil': 1, 'tete*': 1, 'pieds': 2, 'oreille*': 2, 'pattes': 4 },
  numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10 },
  timeUnits: ['s', 'sec*', 'seconde*', 'min*', 'minute*', 'frame*', 'image*'],
  negators: ['ne', "n'", 'pas', 'jamais', 'rien', 'aucun*', 'ni'],
  positives: ['bien', 'bon', 'bons', 'bonne*', 'correct*', 'parfait*', 'normal*', 'normaux', 'ok', 'okay', 'lisible*', 'nickel', 'impeccable*', 'propre*', 'naturel*', 'reussi*', 'top'],
  steady: ['stable*', 'coherent*', 'constant*', 'pareil*', 'le meme', 'la meme', 'identique*'],
  separators: ['mais', 'et', 'cependant', 'pourtant', 'alors que', 'tandis que', 'aussi', 'puis', 'sauf', 'par contre', 'en revanche', 'ensuite'],
  markers: ['le', 'la', 'les', 'est', 'et', 'des', 'une', 'du', 'sont', 'il', 'elle', 'avec', 'mais', 'dans', 'ne', 'pas', 'au', 'sur', 'qui', 'ses', 'son', 'devient', "l'", "d'", "n'"],
  fillers: ['completement', 'soudain', 'soudainement', 'carrement', 'directement', 'litteralement', 'tout'],
  ignore: ['ne sais pas', 'sais pas', 'pas seulement', 'peu importe', 'pas mal de', 'les uns les autres', "l'un l'autre"],
};
