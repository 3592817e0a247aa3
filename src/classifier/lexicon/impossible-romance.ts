import { cross } from './cross.ts';
import type { Impossible } from './impossible.ts';

// The French, Spanish and Portuguese families of impossible.ts (see there for what each field holds and why).

const FR_RUN = ['court', 'courent', 'marche', 'marchent', 'galope', 'galopent', 'nage', 'nagent'];

export const FR: Impossible = {
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
      ['sans rien pour', 'sans rien qui'],
      ['la tenir', 'le tenir', 'les tenir', 'la tienne', 'le tienne', 'la soutenir', 'le soutenir'],
    ),
    ...cross(['rien ne'], ['la tient', 'le tient', 'les tient', 'tient', 'la soutient', 'le soutient', 'soutient']),
    ...cross(['tenu par', 'tenue par', 'tenus par', 'soutenu par', 'soutenue par'], ['rien']),
    ...cross(
      ['a moitie dans', 'a moitie enfonce dans', 'a moitie enfoncee dans'],
      ['le mur', 'la table', 'le sol', 'la chaise', 'le plafond'],
    ),
  ],
  vanish: [
    ...cross(['se divise', 'se divisent', 'se separe', 'se separent'], ['en deux']),
    'se multiplie*',
    'se duplique*',
    'se clone*',
    'se replique*',
  ],
  deform: [
    ...cross(
      [
        ...['se plie', 'se plient', 'se tord', 'se tordent', 'tremble', 'tremblent', "s'etire", "s'etirent", 'bouge', 'bougent'],
        'se comporte',
      ],
      ['comme de la gelee', 'comme du caoutchouc', 'comme de la pate', 'comme du chewing-gum', 'comme de la gelatine'],
    ),
  ],
  law: ['impact', 'impacts', 'choc', 'eclaboussure', 'eclaboussures', 'explosion', 'explosions'],
  effect: [
    ...cross(['reste', 'restent'], ['plein', 'pleine', 'pleins', 'pleines']),
    ...cross(['ne se vide', 'ne se vident', 'ne se remplit', 'ne se remplissent'], ['pas', 'jamais']),
    ...cross(['se remplit', 'se remplissent'], ['tout seul', 'toute seule', 'tous seuls', 'de nouveau']),
    ...cross(
      ['ne laisse aucune', 'ne laissent aucune', 'sans laisser de', 'sans laisser aucune'],
      ['trace', 'traces', 'empreinte', 'empreintes', 'marque'],
    ),
    ...cross(['aucune', 'pas de'], ['trace de morsure', 'traces de morsure', 'empreinte de pas', 'empreintes de pas', 'traces de pas']),
    ...cross(["n'a pas de", "n'ont pas de", "n'a aucun", "n'ont aucun", 'sans aucun', 'sans'], ['poids', 'inertie', 'elan']),
    ...cross(
      ['se recolle', 'se recollent', 'se reconstitue', 'se reconstituent', 'se reassemble', 'se reassemblent'],
      ['tout seul', 'toute seule'],
    ),
    'se reassemble',
    'se recolle',
  ],
  ignore: [],
};

const ES_RUN = ['corre', 'corren', 'camina', 'caminan', 'anda', 'andan', 'galopa', 'galopan', 'nada', 'nadan'];

export const ES: Impossible = {
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
    ...cross(['sin nada que'], ['la sostenga', 'lo sostenga', 'los sostenga', 'la sujete', 'lo sujete', 'la aguante', 'lo aguante']),
    ...cross(['nada'], ['la sostiene', 'lo sostiene', 'sostiene', 'la sujeta', 'lo sujeta', 'sujeta']),
    ...cross(['sostenido por', 'sostenida por', 'sujeto por', 'sujeta por'], ['nada']),
    ...cross(
      ['medio dentro de', 'medio metido en', 'medio metida en', 'incrustado en', 'incrustada en'],
      ['la pared', 'la mesa', 'el suelo', 'la silla', 'el techo'],
    ),
  ],
  vanish: [
    ...cross(['se divide', 'se dividen', 'se parte', 'se parten'], ['en dos']),
    // "Se duplica" and "se multiplica" are counts (es/cues-shape.ts), read first: only "se replica" is new here (s14).
    ...['se clona*', 'se desdobla*', 'se replica*'],
  ],
  deform: [
    ...cross(
      [
        ...['se dobla', 'se doblan', 'se tuerce', 'se tuercen', 'tiembla', 'tiemblan', 'se estira', 'se estiran', 'se mueve', 'se mueven'],
        'se comporta',
      ],
      ['como gelatina', 'como de gelatina', 'como goma', 'como de goma', 'como chicle', 'como plastilina'],
    ),
  ],
  law: ['impacto', 'impactos', 'choque', 'salpicadura', 'salpicaduras', 'explosion', 'explosiones'],
  effect: [
    ...cross(['sigue', 'siguen', 'se queda', 'se quedan', 'permanece'], ['lleno', 'llena', 'llenos', 'llenas']),
    ...['no se vacia', 'no se vacian', 'nunca se vacia', 'no se llena', 'no se llenan', 'nunca se llena'],
    ...cross(['se rellena', 'se rellenan', 'se llena', 'se llenan'], ['sola', 'solo', 'solas', 'solos', 'por si sola', 'por si solo']),
    ...cross(['no deja', 'no dejan', 'sin dejar'], ['huellas', 'huella', 'marcas', 'marca', 'rastro', 'ondas']),
    ...cross(['sin', 'no hay'], ['marca de mordida', 'marcas de mordida', 'huellas de pisadas']),
    ...cross(['no tiene', 'no tienen', 'sin', 'sin nada de'], ['peso', 'inercia', 'impulso']),
    ...cross(
      ['se vuelve a armar', 'se vuelven a armar', 'se recompone', 'se recomponen', 'se vuelve a unir', 'se vuelven a unir'],
      ['sola', 'solo', 'solas', 'solos'],
    ),
    'se recompone',
    'se vuelve a armar',
  ],
  ignore: [],
};

const PT_RUN = ['corre', 'correm', 'anda', 'andam', 'caminha', 'caminham', 'galopa', 'galopam', 'nada', 'nadam'];

export const PT: Impossible = {
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
    ...cross(['sem nada'], ['segurando', 'sustentando', 'que segure', 'que sustente', 'que a segure', 'que o segure']),
    ...cross(['nada'], ['a segura', 'o segura', 'segura a', 'segura o', 'sustenta', 'a sustenta', 'o sustenta']),
    ...cross(['sustentado por', 'sustentada por', 'segurado por', 'segurada por'], ['nada']),
    ...cross(
      ['metade dentro da', 'metade dentro do', 'meio enfiado na', 'meio enfiada na', 'meio enfiado no', 'meio enfiada no'],
      ['parede', 'mesa', 'chao', 'cadeira', 'teto'],
    ),
  ],
  vanish: [
    ...cross(['se divide', 'se dividem', 'se parte', 'se partem'], ['em dois', 'em duas']),
    'se multiplica*',
    'se clona*',
    'se replica*',
  ],
  deform: [
    ...cross(
      [
        ...['dobra', 'dobram', 'se dobra', 'se dobram', 'entorta', 'treme', 'tremem', 'estica', 'esticam', 'se mexe', 'se mexem'],
        'se comporta',
      ],
      ['como gelatina', 'como borracha', 'como de borracha', 'como chiclete', 'como massinha'],
    ),
  ],
  law: ['impacto', 'impactos', 'respingo', 'respingos', 'explosao', 'explosoes'],
  effect: [
    ...cross(['continua', 'continuam', 'fica', 'ficam', 'permanece'], ['cheio', 'cheia', 'cheios', 'cheias']),
    'nao esvazia',
    'nunca esvazia',
    'nao enche',
    'nunca enche',
    ...cross(['se enche', 'se enchem', 'enche'], ['sozinho', 'sozinha', 'sozinhos', 'sozinhas', 'de novo sozinho', 'de novo sozinha']),
    ...cross(['nao deixa', 'nao deixam', 'sem deixar'], ['pegadas', 'pegada', 'marcas', 'marca', 'rastro', 'ondas']),
    ...cross(['sem', 'nenhuma'], ['marca de mordida', 'marcas de mordida', 'pegada', 'pegadas']),
    ...cross(['nao tem', 'nao tem nenhum', 'sem', 'sem nenhum'], ['peso', 'inercia', 'impulso']),
    ...cross(
      ['se remonta', 'se remontam', 'se recompoe', 'se recompoem', 'volta a se juntar', 'voltam a se juntar'],
      ['sozinho', 'sozinha'],
    ),
    'se recompoe',
    'volta a se juntar',
  ],
  ignore: [],
};
