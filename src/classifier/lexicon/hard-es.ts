import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * Spanish hard-failure families, built as in hard-en.ts: the thing that can fail named with what happened to it. The
 * thing is always named: "se congela" alone is as often a frozen frame, "vacío" an empty room, "nunca llegó" a person.
 * Entries are folded (no accents).
 */
const ES_JOBS = [
  'generacion',
  'renderizado',
  'render',
  'proceso',
  'progreso',
  'barra de progreso',
  'barra de carga',
  'tarea',
  'carga',
  'app',
  'pagina',
  'servidor',
];
const ES_STALLS = [
  'se congela',
  'se congelo',
  'esta congelada',
  'esta congelado',
  'no se mueve',
  'se cuelga',
  'se colgo',
  'no termina',
  'no acaba',
  'esta atascada',
  'esta atascado',
  'esta parada',
  'esta parado',
  'no arranca',
  'no inicia',
  'no responde',
];
const ES_OUTPUTS = ['video', 'el video', 'pantalla', 'la pantalla', 'imagen', 'resultado', 'salida', 'clip'];
const ES_FLAT = [
  'es negro',
  'es negra',
  'esta negro',
  'esta negra',
  'esta en negro',
  'queda en negro',
  'esta en blanco',
  'queda en blanco',
  'sale en blanco',
  'salio en blanco',
  'esta vacio',
  'esta vacia',
  'sale vacio',
  'salio vacio',
  'es gris',
  'esta gris',
];
const ES_INPUTS = ['prompt', 'peticion', 'solicitud', 'imagen', 'foto', 'instruccion', 'indicacion'];
const ES_REFUSED = [
  'fue rechazado',
  'fue rechazada',
  'rechazado',
  'rechazada',
  'fue bloqueada',
  'bloqueada',
  'fue denegado',
  'fue denegada',
  'denegado',
  'denegada',
  'fue marcado',
  'fue marcada',
  'fue censurado',
  'fue censurada',
  'viola',
  'no esta permitido',
  'no esta permitida',
];
const ES_CREDITS = ['creditos', 'mis creditos', 'los creditos', 'puntos', 'tokens'];
const ES_TAKEN = ['se gastaron', 'fueron descontados', 'fueron cobrados', 'se perdieron', 'desaparecieron', 'se esfumaron', 'volaron'];

export const HARD_ES: Partial<Record<HardKey, readonly string[]>> = {
  stuck: [
    ...['se agoto el tiempo', 'tiempo agotado', 'solicitud expiro', 'la solicitud caduco'],
    ...cross(ES_JOBS, ES_STALLS),
    'se queda pensando',
    'se queda procesando',
    'sigue generando',
    'sigue en proceso',
    'sigue pendiente',
    'en proceso desde',
    'cargando eternamente',
    'cargando sin fin',
    'carga infinita',
    'nunca carga',
    'no termina de cargar',
    'no termina de generar',
    'nunca termina de cargar',
  ],
  // Not "algo salió mal": like "etwas ist schiefgelaufen" it is said of a clip that merely looks wrong.
  error: [
    ...cross(
      ['generacion', 'renderizado', 'proceso', 'tarea'],
      ['se cancelo', 'fue cancelada', 'fue cancelado', 'se interrumpio', 'se detuvo', 'se paro'],
    ),
    ...['no se genero nada', 'no se creo nada', 'no genero nada'],
    ...['falla', 'fallan', 'fallando', 'fallo cada vez'],
    ...cross(ES_JOBS, ['se cayo', 'esta caido', 'esta caida', 'se crasheo', 'esta sobrecargado', 'esta saturado']),
    'intentalo mas tarde',
    'intentalo de nuevo mas tarde',
    'vuelve a intentarlo',
    'no se pudo completar',
    'no se completo',
    'no se renderizo',
    'no renderiza',
    'error interno',
    'error del servidor',
    'servidor caido',
    'no disponible',
  ],
  // Said of the video: "nunca llegó" alone is also a person who never reached the door.
  nooutput: [
    ...cross(
      ['no aparece en', 'no esta en', 'nada en'],
      ['mi biblioteca', 'la biblioteca', 'mi galeria', 'la galeria', 'el historial', 'mi historial'],
    ),
    ...cross(['video', 'el video', 'resultado', 'clip'], ['nunca llego', 'nunca aparecio', 'no llego', 'no aparecio', 'desaparecio']),
    'nunca recibi',
    'no llego nada',
    'me quede sin nada',
    'no obtuve ningun',
  ],
  charge: [...cross(ES_CREDITS, ES_TAKEN), 'pague', 'me lo cobraron', 'me los cobraron', 'me los quitaron', 'me cobra'],
  modin: [
    ...cross(ES_INPUTS, ['viola las normas', 'viola las politicas', 'viola las reglas', 'infringe las normas', 'va contra las normas']),
    ...cross(ES_INPUTS, ES_REFUSED),
    ...cross(
      ['rechaza', 'rechazo', 'bloquea', 'bloqueo', 'censura', 'censuro'],
      ['mi prompt', 'el prompt', 'mi imagen', 'la imagen', 'mi foto'],
    ),
    'palabras prohibidas',
    'palabra prohibida',
  ],
  modout: [...cross(['video', 'resultado', 'clip'], ['fue eliminado', 'fue borrado', 'fue censurado', 'fue difuminado', 'fue retirado'])],
  moderation: [
    ...['bloqueado por el filtro', 'contenido para adultos'],
    'contenido sensible',
    'contenido explicito',
    'filtro nsfw',
    'filtro de contenido',
    'terminos de uso',
    'normas de la comunidad',
    'politicas de uso',
    'politica de uso',
    'violacion',
    'denegad*',
  ],
  blank: [
    ...cross(ES_OUTPUTS, ES_FLAT),
    // Plural and verb forms: "los videos salen negros", "solo imágenes negras".
    ...cross(
      ['videos', 'imagenes', 'resultados', 'clips'],
      cross(['son', 'estan', 'salen', 'salieron', 'quedan'], ['negros', 'negras', 'en negro', 'en blanco', 'vacios', 'vacias', 'grises']),
    ),
    ...cross(['video', 'imagen', 'resultado', 'clip'], cross(['sale', 'salio'], ['negro', 'negra', 'gris'])),
    ...['imagenes negras', 'videos negros', 'fotogramas negros', 'cuadros negros'],
    // Longer than the stall's "se queda en": the screen staying black is its colour, not a figure it stays at.
    ...cross(['se queda en', 'se quedo en', 'se quedan en'], ['negro', 'blanco']),
    'solo negro',
    'solo ruido',
    'puro ruido',
    'solo estatica',
    'pantalla vacia',
    'video vacio',
  ],
  truncated: [
    // The end of the clip missing ("faltan los últimos segundos"), or the clip shorter than asked.
    ...cross(['faltan', 'falta'], ['los ultimos segundos', 'el ultimo segundo', 'el final', 'los ultimos fotogramas']),
    ...cross(['ultimos segundos', 'ultimo segundo'], ['faltan', 'falta', 'se cortan', 'se corta']),
    ...['mas corto de lo esperado', 'mas corto de lo pedido', 'mas corto que lo pedido', 'mas corto de lo que pedi'],
    ...cross(
      ['video', 'clip'],
      ['se corta a la mitad', 'se detiene a la mitad', 'termina a la mitad', 'esta incompleto', 'quedo incompleto'],
    ),
    'cortado a la mitad',
    'cortado antes de tiempo',
  ],
};
