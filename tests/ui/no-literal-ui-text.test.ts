/**
 * Issue #8: every string the popup and the dashboard show goes through chrome.i18n. This parses each .tsx and .ts
 * under src/popup, src/options and src/ui and lists file:line of any English literal left in the UI: JSX text, string
 * children, user-facing attributes (aria-label, title, placeholder, alt), messages handed to status setters or
 * dialogs, and errors thrown there (the popup shows their message); and the errors the service worker, the analysis
 * page and the core throw for the UI to show.
 * Text that comes from data (provider facts, claim drafts) never appears as a literal here, so it is not flagged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Literals that stay as they are in every language. Keep this tiny: each entry is a file and its exact text. */
const ALLOWED: readonly { file: string; text: string }[] = [
  { file: 'src/popup/App.tsx', text: 'AVA' }, // the brand in the popup header
  { file: 'src/popup/index.html', text: 'AVA' }, // the brand as the page title before the script runs
  { file: 'src/options/index.html', text: 'AVA' },
];

const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
/** Calls whose string argument is shown to the person: state setters for messages, and the browser's dialogs. */
const MESSAGE_CALL = /^(set(Status|Error|Problem|Message|Notice|Copied|Recorded|FormStatus)\w*|say|confirm|alert|prompt)$/;
/** Inside a message call, a literal is English when it reads like words, not like an id ('sent', 'help-center'). */
const reads = (s: string) => /[A-Za-z]{2,}/.test(s) && (/\s/.test(s) || /^[A-Z]/.test(s) || /[.!?…:]$/.test(s));
const hasLetters = (s: string) => /[A-Za-z]/.test(s);
/** Errors whose message reaches the person (AnalysisFailure: the offscreen document's, shown in the popup). */
const SHOWN_ERROR_TYPES = new Set(['Error', 'AnalysisFailure']);

interface Hit {
  where: string;
  text: string;
}

function uiFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? uiFiles(p) : /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

/** The literal text pieces an expression evaluates to directly (through ?:, &&, ||, ?? and +), not through calls. */
function literalParts(node: ts.Node): { node: ts.Node; text: string }[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [{ node, text: node.text }];
  if (ts.isTemplateExpression(node)) {
    return [
      { node, text: [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ') },
      ...node.templateSpans.flatMap((s) => literalParts(s.expression)),
    ];
  }
  if (ts.isParenthesizedExpression(node)) return literalParts(node.expression);
  if (ts.isConditionalExpression(node)) return [...literalParts(node.whenTrue), ...literalParts(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
      return [...literalParts(node.left), ...literalParts(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalParts(node.right);
  }
  // setStatus({ text: '...' }) and the like: the message travels in an object.
  if (ts.isObjectLiteralExpression(node)) {
    return node.properties.flatMap((p) =>
      ts.isPropertyAssignment(p) && /^(text|message|label|title)$/.test(p.name.getText()) ? literalParts(p.initializer) : [],
    );
  }
  return [];
}

function calleeName(call: ts.CallExpression): string | undefined {
  const e = call.expression;
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

/** Every English literal in one source file (parsed as TSX, which also reads plain TypeScript without casts). */
function literalsIn(file: string, source: string): Hit[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const hits: Hit[] = [];
  const add = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (ALLOWED.some((a) => a.file === file && a.text === trimmed)) return;
    const { line } = sf.getLineAndCharacterOfPosition(node.getStart(sf));
    hits.push({ where: `${file}:${line + 1}`, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && hasLetters(node.text)) add(node, node.text);
    // {'Loading…'} or {ok ? 'Yes' : 'No'} as a child of an element.
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const p of literalParts(node.expression)) if (hasLetters(p.text)) add(p.node, p.text);
    }
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf)) && node.initializer) {
      const init = node.initializer;
      const parts = ts.isStringLiteral(init)
        ? [{ node: init as ts.Node, text: init.text }]
        : ts.isJsxExpression(init) && init.expression
          ? literalParts(init.expression)
          : [];
      for (const p of parts) if (hasLetters(p.text)) add(p.node, p.text);
    }
    const shown =
      (ts.isCallExpression(node) && MESSAGE_CALL.test(calleeName(node) ?? '')) ||
      (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && SHOWN_ERROR_TYPES.has(node.expression.text));
    if (shown && (ts.isCallExpression(node) || ts.isNewExpression(node)) && node.arguments) {
      for (const arg of node.arguments) for (const p of literalParts(arg)) if (reads(p.text)) add(p.node, p.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return hits;
}

/** The <title> of an extension page: __MSG_ does not work there, so it must be the brand (main.tsx sets the rest). */
function titleIn(file: string, html: string): Hit[] {
  const m = /<title>([^<]*)<\/title>/.exec(html);
  if (!m || !hasLetters(m[1]!) || ALLOWED.some((a) => a.file === file && a.text === m[1]!.trim())) return [];
  return [{ where: `${file}:${html.slice(0, m.index).split('\n').length}`, text: m[1]!.trim() }];
}

const UI_DIRS = ['src/popup', 'src/options', 'src/ui'];
/** Outside the UI, the code whose errors the popup or the dashboard show as they are. */
const SHOWN_ERRORS = ['src/background', 'src/offscreen', 'src/analysis/browser-glue.ts', 'src/storage/backup.ts', 'src/claims/ledger.ts'];
const filesIn = (p: string) => (p.endsWith('.ts') ? [p] : uiFiles(p));

describe('UI text goes through chrome.i18n', () => {
  it('finds UI files to check', () => {
    expect(UI_DIRS.flatMap(uiFiles).filter((f) => f.endsWith('.tsx')).length).toBeGreaterThan(10);
  });

  it('has no English literal in any popup or dashboard component', () => {
    const hits = UI_DIRS.flatMap(uiFiles).flatMap((f) => literalsIn(f.split(path.sep).join('/'), readFileSync(f, 'utf8')));
    expect(hits.map((h) => `${h.where}: ${JSON.stringify(h.text)}`)).toEqual([]);
  });

  it('has no English literal in the errors the worker, the analysis page and the core send to the UI', () => {
    const files = SHOWN_ERRORS.flatMap(filesIn);
    expect(files.length).toBeGreaterThan(10);
    const hits = files.flatMap((f) => literalsIn(f.split(path.sep).join('/'), readFileSync(f, 'utf8')));
    expect(hits.map((h) => `${h.where}: ${JSON.stringify(h.text)}`)).toEqual([]);
  });

  it('has only the brand as the page title', () => {
    const hits = ['src/popup', 'src/options'].map((d) => `${d}/index.html`).flatMap((f) => titleIn(f, readFileSync(f, 'utf8')));
    expect(hits.map((h) => `${h.where}: ${JSON.stringify(h.text)}`)).toEqual([]);
  });

  // The checker itself: each kind of literal it claims to catch is caught, and translated text is not.
  it('flags each kind of literal and passes t() calls', () => {
    const src = [
      'export function X({ n }: { n: number }) {', // 1
      "  const save = () => setStatus('Saved.');", // 2
      '  const fail = () => setError(`Could not save ${n} items`);', // 3
      "  if (!confirm('Delete everything?')) return null;", // 4
      "  setStatus({ text: n ? 'Done' : t('x') });", // 5
      '  return (', // 6
      '    <section aria-label="Claims">', // 7
      '      <h2>Claims</h2>', // 8
      "      <input placeholder={`e.g. ${n}`} title={t('k')} />", // 9
      "      <p>{n > 1 ? 'many' : t('one')}</p>", // 10
      "      <img alt='A frame' />", // 11
      "      <p>{t('ok', n)} {' '} — {n}</p>", // 12
      "      <select value={n} onChange={() => setFilter('help-center')} />", // 13
      '    </section>', // 14
      '  );', // 15
      '}', // 16
      "const boom = () => { throw new Error('No active tab.'); };", // 17
      "const fine = () => { throw new Error(t('popup_no_active_tab')); };", // 18
      'const cut = () => { throw new AnalysisFailure(`The video could not be read: ${n}.`); };', // 19
    ].join('\n');
    const lines = literalsIn('fixture.tsx', src).map((h) => h.where.replace('fixture.tsx:', ''));
    expect(lines).toEqual(['2', '3', '4', '5', '7', '8', '9', '10', '11', '17', '19']);
  });

  it('allows only the listed brand text in the listed file', () => {
    expect(literalsIn('src/popup/App.tsx', '<h1>AVA</h1>')).toEqual([]);
    expect(literalsIn('src/popup/Other.tsx', '<h1>AVA</h1>')).toHaveLength(1);
    expect(titleIn('src/options/index.html', '<title>AVA dashboard</title>')).toHaveLength(1);
  });
});
