import { cross } from './cross.ts';
import type { HardKey } from './hard.ts';

/**
 * Portuguese hard-failure families, built as in hard-en.ts: the thing that can fail named with what happened to it. The
 * thing is always named: "congelou" alone is as often a frozen frame, "não chegou" a person. Entries are folded (no
 * accents).
 */
const PT_JOBS = [
  'geracao',
  'renderizacao',
  'processo',
  'processamento',
  'progresso',
  'barra de progresso',
  'barra de carregamento',
  'tarefa',
  'fila',
  'app',
  'site',
  'servidor',
];
const PT_STALLS = [
  'congelou',
  'congela',
  'esta congelada',
  'esta congelado',
  'nao avanca',
  'nao anda',
  'nao se move',
  'parou',
  'trava',
  'nao termina',
  'nunca termina',
  'nao conclui',
  'nunca conclui',
  'nao inicia',
  'nao comeca',
  'nao responde',
];
const PT_OUTPUTS = ['video', 'o video', 'tela', 'a tela', 'imagem', 'resultado', 'saida', 'clipe'];
const PT_FLAT = [
  'ficou preto',
  'ficou preta',
  'esta preto',
  'esta preta',
  'em branco',
  'ficou em branco',
  'saiu em branco',
  'ficou vazio',
  'ficou vazia',
  'esta vazio',
  'esta vazia',
  'saiu vazio',
  'ficou cinza',
  'esta cinza',
];
const PT_INPUTS = ['prompt', 'pedido', 'solicitacao', 'imagem', 'foto', 'instrucao'];
const PT_REFUSED = [
  'foi recusado',
  'foi recusada',
  'recusado',
  'foi rejeitado',
  'foi rejeitada',
  'rejeitado',
  'rejeitada',
  'foi barrado',
  'foi barrada',
  'barrado',
  'barrada',
  'foi negado',
  'foi negada',
  'foi sinalizado',
  'foi sinalizada',
  'foi censurado',
  'foi censurada',
  'viola',
  'violou',
  'nao e permitido',
  'nao e permitida',
];
const PT_CREDITS = ['creditos', 'meus creditos', 'os creditos', 'pontos', 'tokens'];
const PT_TAKEN = ['foram consumidos', 'foram gastos', 'foram debitados', 'desapareceram', 'evaporaram', 'se foram', 'foram embora'];

export const HARD_PT: Partial<Record<HardKey, readonly string[]>> = {
  stuck: [
    ...['solicitacao expirou', 'pedido expirou', 'tempo limite', 'excedeu o tempo'],
    ...cross(PT_JOBS, PT_STALLS),
    'fica rodando',
    'fica girando',
    'girando infinitamente',
    'rodando infinitamente',
    'carregando eternamente',
    'carregando sem parar',
    'nunca carrega',
    'fica em processamento',
    'ainda processando',
    'ainda gerando',
    'ainda na fila',
    'em processamento ha',
    'fica pensando',
    'nao sai da fila',
    'parado na fila',
    'parada na fila',
  ],
  error: [
    ...cross(
      ['geracao', 'renderizacao', 'processo', 'tarefa'],
      ['foi cancelada', 'foi cancelado', 'foi interrompida', 'foi interrompido', 'cancelou', 'interrompeu'],
    ),
    ...['falhando', 'falham', 'nada foi gerado', 'nada foi criado'],
    ...cross(PT_JOBS, ['caiu', 'crashou', 'esta fora do ar', 'esta sobrecarregado', 'esta instavel']),
    'tente novamente mais tarde',
    'tente mais tarde',
    'nao foi possivel gerar',
    'nao conseguiu gerar',
    'nao consegue gerar',
    'nao renderiza',
    'nao renderizou',
    'fora do ar',
    'erro interno',
    'erro no servidor',
    'indisponivel',
  ],
  nooutput: [
    ...cross(['nao aparece na', 'nao esta na', 'nada na'], ['minha biblioteca', 'biblioteca', 'minha galeria', 'galeria']),
    ...cross(['nao aparece no', 'nao esta no', 'nada no'], ['historico', 'meu historico']),
    ...cross(
      ['video', 'o video', 'resultado', 'clipe'],
      ['nunca chegou', 'nunca apareceu', 'nao chegou', 'nao apareceu', 'sumiu', 'desapareceu'],
    ),
    'nunca recebi',
    'fiquei sem nada',
  ],
  charge: [...cross(PT_CREDITS, PT_TAKEN), 'paguei', 'me cobrou', 'cobrou', 'me cobraram', 'descontou'],
  modin: [
    ...cross(PT_INPUTS, ['viola as diretrizes', 'viola as regras', 'viola as politicas', 'infringe as regras', 'vai contra as regras']),
    ...cross(PT_INPUTS, PT_REFUSED),
    ...cross(
      ['recusou', 'recusa', 'bloqueou', 'bloqueia', 'barrou', 'rejeitou', 'censurou'],
      ['meu prompt', 'o prompt', 'minha imagem', 'a foto'],
    ),
    'palavras proibidas',
    'palavra proibida',
  ],
  modout: [...cross(['video', 'resultado', 'clipe'], ['foi removido', 'foi apagado', 'foi excluido', 'foi censurado', 'foi derrubado'])],
  moderation: [
    ...['bloqueado pelo filtro', 'conteudo adulto'],
    'conteudo sensivel',
    'conteudo explicito',
    'filtro nsfw',
    'filtro de conteudo',
    'termos de uso',
    'diretrizes',
    'violacao',
    'infringe',
    'sinalizad*',
    'barrad*',
  ],
  blank: [
    ...cross(PT_OUTPUTS, PT_FLAT),
    // Plural and verb forms: "os vídeos saem pretos", "só imagens pretas".
    ...cross(
      ['videos', 'imagens', 'resultados', 'clipes'],
      cross(['estao', 'saem', 'sairam', 'ficam', 'ficaram'], ['pretos', 'pretas', 'em branco', 'vazios', 'vazias', 'cinza', 'cinzas']),
    ),
    ...cross(['video', 'imagem', 'resultado', 'clipe'], cross(['sai', 'saiu'], ['preto', 'preta', 'cinza', 'vazio'])),
    ...['imagens pretas', 'videos pretos', 'quadros pretos', 'frames pretos'],
    'so preto',
    'apenas preto',
    'so ruido',
    'apenas ruido',
    'puro ruido',
    'tela vazia',
    'video vazio',
  ],
  truncated: [
    // The end of the clip missing ("faltam os últimos segundos"), or the clip shorter than asked.
    ...cross(['faltam', 'falta'], ['os ultimos segundos', 'o ultimo segundo', 'o final', 'os ultimos quadros']),
    ...cross(['ultimos segundos', 'ultimo segundo'], ['faltam', 'falta', 'sao cortados', 'foram cortados']),
    ...['mais curto que o esperado', 'mais curto do que o esperado', 'mais curto do que pedi', 'mais curto que o pedido'],
    ...cross(
      ['video', 'clipe'],
      ['para no meio', 'parou no meio', 'corta no meio', 'cortou no meio', 'esta incompleto', 'veio incompleto'],
    ),
    'cortado antes do fim',
    'acaba no meio',
  ],
};
