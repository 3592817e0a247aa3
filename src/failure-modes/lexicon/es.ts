import type { LangLexicon } from './types.ts';

export const es: LangLexicon = {
  lang: 'es',
  anchors: {
    body: ['mano*', 'dedo*', 'pulgar*', 'brazo*', 'pierna*', 'extremidad*', 'pie', 'pies', 'rodilla*', 'codo*', 'articulacion*', 'hombro*', 'cuello', 'torso', 'cuerpo*', 'diente*', 'pata*', 'cola', 'anatomia', 'munecas', 'muneca'],
    face: ['cara*', 'rostro*', 'ojo*', 'nariz', 'boca*', 'cabeza*', 'oreja*', 'labio*', 'expresion*', 'facciones', 'aspecto'],
    being: ['persona*', 'gente', 'hombre*', 'mujer*', 'chico*', 'chica*', 'nino*', 'nina*', 'bebe', 'actor', 'actores', 'actriz', 'personaje*', 'protagonista', 'sujeto', 'ella', 'perro*', 'gato*', 'caballo*', 'pajaro*', 'animal*', 'senor*', 'senora*', 'abuel*', 'tipo'],
    object: ['objeto*', 'taza*', 'vaso*', 'botella*', 'coche*', 'carro*', 'auto', 'pelota*', 'balon', 'silla*', 'mesa*', 'telefono*', 'celular*', 'libro*', 'sombrero*', 'bolso*', 'espada*', 'bicicleta*', 'puerta*', 'lampara*', 'caja*', 'plato*', 'cuchara*', 'guitarra*', 'paraguas', 'arbol*', 'edificio*', 'rueda*', 'cosa*', 'juguete*', 'gafas'],
    text: ['texto*', 'letrero*', 'cartel*', 'letra*', 'palabra*', 'escritura', 'escrito', 'logo*', 'titulo*', 'subtitulo*', 'etiqueta*', 'rotulo*', 'ortografia', 'anuncio*', 'nombre', 'tipografia', 'leyenda'],
    color: ['color', 'colores', 'tono*', 'tonalidad*', 'saturacion', 'brillo', 'exposicion', 'iluminacion', 'luz', 'luces', 'contraste', 'balance de blancos', 'tono de piel', 'cielo'],
  },
  cues: {
    generic: ['raro*', 'rara*', 'mal', 'extrano*', 'extrana*', 'feo', 'fea', 'feos', 'feas', 'feisim*', 'horrible*', 'roto', 'rota', 'rotos', 'rotas', 'error*', 'fallo*', 'falla*', 'incorrect*', 'sin sentido', 'no tiene sentido', 'equivocad*', 'glitch*', 'borros*', 'cualquier cosa', 'desastre', 'basura', 'mal hecho', 'mal hechas', 'mal hechos', 'antinatural*', 'no se ve bien', 'no estan bien', 'no esta bien', 'chungo*', 'cutre*', 'rarisimo*', 'absurd*', 'en lugar de', 'en vez de'],
    deform: ['deform*', 'malformad*', 'derreti*', 'distorsion*', 'retorcid*', 'torcid*', 'mutad*', 'mutante*', 'fusionad*', 'pegad*', 'doblad*', 'aplastad*', 'estirad*', 'al reves', 'revuelt*', 'desfigurad*', 'grotesc*', 'chueco*', 'amorf*', 'revueltas', 'mezclad*', 'derrite*', '360 grados', '180 grados', 'da una vuelta completa', 'vuelta completa'],
    count: ['extra', 'extras', 'de mas', 'demasiad*', 'sobra*', 'falta*', 'adicional*', 'mas de', 'sobrante*', 'tercer', 'tercera', 'menos dedos', 'mas dedos', 'duplicad*', 'se duplica*', 'duplica*'],
    change: ['cambi*', 'diferente*', 'distint*', 'se convierte', 'se convirtio', 'convierte*', 'se transforma*', 'transforma*', 'ya no es', 'no es la misma', 'no es el mismo', 'no se parece', 'deja de parecer*', 'se vuelve', 'inconsistente*', 'varia', 'varian', 'variando', 'variacion*', 'reemplaz*', 'sustitu*', 'otro', 'otra', 'alterna', 'alternan', 'alternando', 'no coincide*'],
    morph: ['morph*', 'se funde*', 'se fusiona*', 'se mezcla*', 'muta', 'mutan'],
    vanish: ['desaparec*', 'aparece*', 'aparecio', 'aparecen', 'de la nada', 'se esfuma*', 'reaparec*', 'surge', 'surgen'],
    move: ['atraviesa*', 'atraveso', 'traspasa*', 'flota*', 'levita*', 'teletransporta*', 'se hunde en', 'se desliza*', 'a traves de la pared', 'a traves de la mesa', 'a traves del suelo', 'sin gravedad', 'pasa a traves', 'pasa por dentro', 'cae hacia arriba', 'rebota*', 'fluye hacia arriba', 'sube en vez de caer'],
    flicker: ['parpade*', 'destell*', 'titila*', 'intermitente*', 'centell*', 'parpadeante*', 'estrobosc*', 'brillo salta', 'brilla y se apaga'],
    jump: ['salta', 'saltan', 'saltos', 'salto', 'brinca*'],
  },
  normalCounts: { 'dedo*': 5, 'mano*': 2, 'brazo*': 2, 'pierna*': 2, 'ojo*': 2, 'oreja*': 2, 'cabeza*': 1, 'pies': 2, 'nariz': 1, 'boca*': 1, 'pata*': 4 },
  numbers: { dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10 },
  timeUnits: ['s', 'seg*', 'segundo*', 'min*', 'minuto*', 'frame*', 'fotograma*'],
  negators: ['no', 'ni', 'nunca', 'nada', 'tampoco', 'ningun*', 'jamas'],
  positives: ['bien', 'bueno*', 'buena*', 'correct*', 'perfect*', 'normal*', 'ok', 'vale', 'legible*', 'natural*', 'sin problema*', 'bonit*', 'genial*'],
  steady: ['consistente*', 'estable*', 'constante*', 'la misma', 'el mismo', 'igual*', 'coherente*'],
  separators: ['pero', 'y', 'aunque', 'sin embargo', 'mientras', 'tambien', 'ademas', 'luego', 'excepto', 'salvo', 'en cambio'],
  markers: ['el', 'los', 'las', 'del', 'y', 'es', 'un', 'una', 'con', 'esta', 'estan', 'se', 'lo', 'muy', 'pero', 'que', 'en', 'la', 'al', 'su', 'sus', 'hay', 'tiene', 'parece'],
  fillers: ['completamente', 'totalmente', 'de repente', 'literalmente', 'directamente', 'como'],
  ignore: ['no solo', 'no importa', 'ni idea', 'no se por que', 'entre si', 'unos a otros', 'unas a otras'],
};
