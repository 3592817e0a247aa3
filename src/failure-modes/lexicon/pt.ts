import type { LangLexicon } from './types.ts';

export const pt: LangLexicon = {
  lang: 'pt',
  anchors: {
    body: ['mao', 'maos', 'maozinha*', 'dedo*', 'polegar*', 'braco*', 'perna*', 'membro*', 'pe', 'pes', 'joelho*', 'cotovelo*', 'articulac*', 'pulso*', 'ombro*', 'pescoco*', 'corpo*', 'dente*', 'pata*', 'rabo', 'cauda', 'anatomia'],
    face: ['rosto*', 'cara', 'olho*', 'nariz', 'boca*', 'cabeca*', 'orelha*', 'labio*', 'expressao', 'expressoes', 'feic*', 'aparencia'],
    being: ['pessoa*', 'gente', 'homem', 'homens', 'mulher*', 'rapaz', 'moca*', 'menino*', 'menina*', 'crianca*', 'bebe', 'ator', 'atores', 'atriz', 'personagem', 'personagens', 'protagonista', 'sujeito', 'ele', 'ela', 'cachorro*', 'cao', 'gato*', 'cavalo*', 'passaro*', 'animal', 'animais', 'senhor*', 'velhinh*'],
    object: ['objeto*', 'xicara*', 'caneca*', 'copo*', 'garrafa*', 'carro*', 'bola*', 'cadeira*', 'mesa*', 'telefone*', 'celular*', 'livro*', 'chapeu*', 'bolsa*', 'espada*', 'bicicleta*', 'porta', 'portas', 'lampada*', 'caixa*', 'prato*', 'colher*', 'garfo*', 'faca*', 'violao', 'guitarra*', 'guarda-chuva', 'arvore*', 'predio*', 'roda*', 'coisa*', 'brinquedo*', 'oculos'],
    text: ['texto*', 'placa*', 'letreiro*', 'letra*', 'palavra*', 'escrita', 'escrito*', 'logo*', 'titulo*', 'legenda', 'legendas', 'rotulo*', 'etiqueta*', 'cartaz*', 'ortografia', 'nome', 'tipografia'],
    color: ['cor', 'cores', 'tons', 'tonalidade*', 'tom de pele', 'saturacao', 'brilho', 'exposicao', 'iluminacao', 'luz', 'luzes', 'contraste', 'balanco de branco', 'ceu'],
  },
  cues: {
    generic: ['estranh*', 'esquisit*', 'errad*', 'quebrad*', 'feio*', 'feia*', 'horrivel*', 'bugad*', 'bug', 'bugou', 'glitch*', 'zoad*', 'bizarr*', 'sem sentido', 'nao faz* sentido', 'incorret*', 'borrad*', 'desfocad*', 'tosco*', 'tosca*', 'lixo', 'mal feito', 'mal feitas', 'mal feitos', 'nao esta certo', 'nao estao certas', 'nao ficou bom', 'nao ficou boa', 'nao ficaram boas', 'sinistr*', 'nada a ver', 'uma bagunca', 'bagunca*', 'em vez de', 'ao inves de'],
    deform: ['deformad*', 'disform*', 'malformad*', 'derretid*', 'derrete*', 'distorcid*', 'retorcid*', 'torcid*', 'torta*', 'torto*', 'fundid*', 'grudad*', 'colad*', 'dobrad*', 'esmagad*', 'esticad*', 'mutant*', 'embaralhad*', 'ao contrario', 'monstruos*', 'misturad*', 'amassad*', '360 graus', '180 graus', 'volta completa'],
    count: ['extra', 'extras', 'a mais', 'demais', 'sobrando', 'faltando', 'falta*', 'a menos', 'adicional*', 'mais de', 'terceiro', 'terceira', 'duplica*', 'se duplica', 'dedos demais'],
    change: ['mud*', 'diferent*', 'outra', 'outro', 'vira um', 'vira uma', 'virou um', 'virou uma', 'vira outra', 'vira outro', 'virou outra', 'virou outro', 'se transforma*', 'transforma*', 'se torna', 'se tornou', 'ja nao e', 'nao e mais', 'nao e a mesma', 'nao e o mesmo', 'nao parece mais', 'nao parece', 'deixa de parecer', 'troca*', 'trocou', 'substitu*', 'inconsistent*', 'varia', 'variam', 'variando', 'variacao', 'variacoes', 'alterna', 'alternam', 'alternando', 'nao bate'],
    morph: ['morph*', 'se funde', 'se fundem', 'se mistura*', 'mescla*'],
    vanish: ['desaparec*', 'sumiu', 'sumindo', 'somem', 'some do nada', 'aparec*', 'surge', 'surgem', 'surgiu', 'surgindo', 'do nada', 'reaparec*', 'brota*', 'some da', 'some do', 'some na', 'some no', 'some de'],
    move: ['atravessa*', 'passa atraves', 'passa por dentro', 'flutua*', 'levita*', 'teletransporta*', 'desliza*', 'afunda no', 'afunda na', 'sem gravidade', 'atraves da parede', 'atraves da mesa', 'atraves do chao', 'cai para cima', 'quica*', 'escorre para cima', 'flui para cima', 'sobe em vez de cair'],
    flicker: ['pisca*', 'cintil*', 'tremeluz*', 'oscila*', 'pulsa*', 'estrobo*', 'flash*', 'piscadas', 'tremula*'],
    jump: ['pula', 'pulam', 'pulando', 'pulos', 'salta', 'saltos'],
  },
  normalCounts: { 'dedo*': 5, 'mao': 1, 'maos': 2, 'braco*': 2, 'perna*': 2, 'olho*': 2, 'cabeca*': 1, 'pes': 2, 'orelha*': 2, 'pata*': 4 },
  numbers: { dois: 2, duas: 2, tres: 3, quatro: 4, cinco: 5, seis: 6, sete: 7, oito: 8, nove: 9, dez: 10 },
  timeUnits: ['s', 'seg*', 'segundo*', 'min*', 'minuto*', 'frame*', 'quadro*'],
  negators: ['nao', 'nem', 'nunca', 'nada', 'nenhum*', 'nenhuma*', 'jamais'],
  positives: ['bem', 'bom', 'boa', 'bons', 'boas', 'certo*', 'certa*', 'corret*', 'perfeit*', 'normal*', 'normais', 'ok', 'legivel*', 'natural*', 'de boa', 'tranquilo*', 'show'],
  steady: ['consistente*', 'estavel*', 'constante*', 'a mesma', 'o mesmo', 'igual*', 'coerente*'],
  separators: ['mas', 'e', 'porem', 'contudo', 'embora', 'enquanto', 'tambem', 'alem disso', 'depois', 'exceto', 'so que'],
  markers: ['a', 'o', 'os', 'do', 'da', 'dos', 'das', 'nao', 'um', 'uma', 'com', 'esta', 'estao', 'ele', 'ela', 'sao', 'na', 'no', 'mas', 'e', 'em', 'tem', 'fica', 'ficou', 'parece', 'que', 'meio', 'seu', 'sua'],
  fillers: ['completamente', 'totalmente', 'de repente', 'literalmente', 'direto', 'simplesmente'],
  ignore: ['nao sei', 'nao so', 'tanto faz', 'nao tem como', 'umas as outras', 'uns aos outros', 'entre si'],
};
