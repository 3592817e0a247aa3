import type { Lang } from '../lang.ts';
import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * Hard-failure families of the s13 "known misses" round (docs/classifier-history.md): the run made nothing,
 * said with the making verb in any tense and "nothing" on either side of it ("it generates nothing", "nothing is
 * generated", "es wird nichts erzeugt", "rien n'est généré", "não gera nada", "no genera nada"), and the video never
 * made ("it never produces a video"). The phrase lists held a few tenses each; these carry the construction.
 * Weak ('error') like every "didn't generate anything": "it generates nothing realistic" names a mode, which stands.
 */

const EN_MAKES = ['generates', 'produces', 'creates', 'renders', 'outputs', 'generated', 'produced', 'created', 'rendered', 'outputted'];
const EN_MAKE = ['generate', 'produce', 'create', 'render', 'output'];
const EN_VIDEO = ['a video', 'any video', 'a clip', 'an output', 'any output', 'a result', 'any result', 'the video', 'anything'];

const DE_MADE = ['erzeugt', 'generiert', 'erstellt', 'gerendert', 'produziert', 'ausgegeben'];
const DE_MAKES = ['erzeugt', 'generiert', 'erstellt', 'rendert', 'produziert', 'erzeugte', 'generierte', 'erstellte', 'renderte'];

const FR_MADE = ['genere', 'generee', 'cree', 'creee', 'produit', 'rendu'];
const FR_MAKES = ['genere', 'cree', 'produit', 'sort'];

// es "no creo nada" is "I believe nothing": the past of crear is left out.
const ES_MAKES = ['genera', 'produce', 'crea', 'renderiza', 'genero', 'produjo', 'renderizo'];
const ES_MADE = ['genera', 'produce', 'crea', 'generado', 'producido', 'creado'];

const PT_MAKES = ['gera', 'produz', 'cria', 'renderiza', 'gerou', 'produziu', 'criou', 'renderizou'];
const PT_MADE = ['gerado', 'produzido', 'criado', 'renderizado'];

export const HARD_KNOWN: Readonly<Partial<Record<Lang, Partial<Record<HardKey, readonly string[]>>>>> = {
  en: {
    error: [
      ...cross(EN_MAKES, ['nothing', 'nothing at all']),
      ...cross(cross(['never', 'fails to', 'failed to', 'failing to'], EN_MAKE), EN_VIDEO),
      ...cross(['never generates', 'never produces', 'never creates', 'never renders', 'never outputs'], EN_VIDEO),
    ],
  },
  de: {
    error: [
      ...cross(['nichts'], DE_MADE),
      ...cross(['wird', 'wurde'], cross(['nichts'], DE_MADE)),
      ...cross(DE_MAKES, ['nichts', 'gar nichts', 'einfach nichts']),
    ],
  },
  fr: {
    error: [
      ...cross(["rien n'est", "rien n'a ete", "rien n'etait"], FR_MADE),
      ...cross(['ne'], cross(FR_MAKES, ['rien'])),
      ...cross(["n'a", 'ne', "n'avait"], cross(['rien'], FR_MADE)),
    ],
  },
  es: {
    error: [
      ...cross(['no', 'no se'], cross(ES_MAKES, ['nada'])),
      ...cross(['no se ha', 'no ha', 'no fue', 'no es'], cross(ES_MADE.slice(3), ['nada'])),
      ...cross(['nada se'], ES_MADE.slice(0, 3)),
      ...cross(['nada fue', 'nada ha sido'], ES_MADE.slice(3)),
    ],
  },
  pt: {
    error: [
      ...cross(['nao', 'nao se'], cross(PT_MAKES, ['nada'])),
      ...cross(['nada e', 'nada foi', 'nada tem sido'], PT_MADE),
      ...cross(['nao e', 'nao foi'], cross(PT_MADE, ['nada'])),
    ],
  },
  // 何も + made in the negative ("何も作られない", "何も出力しない"); 何も生成されな and 何も出てこな are in the lists.
  ja: { error: ['何も作られな', '何も作成されな', '何も生成しな', '何も出力しな', '何も作らな', '何も作れな'] },
};
