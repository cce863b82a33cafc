// Property tests (fast-check) for the parts that meet text written by many hands: the loader, the
// HTML report and the YAML writers. Each property runs the real code in this process on a few
// hundred generated inputs, biased towards what breaks YAML readers and HTML pages. A failure
// prints the smallest input fast-check could shrink it to, and the seed to replay it.
import fc from 'fast-check';
import { Chalk } from 'chalk';
import { parse as parseCsv } from 'csv-parse/sync';
import { Marked } from 'marked';
import { analyse } from '../src/core/analyse.js';
import { diagnostic as makeDiagnostic } from '../src/core/diagnostics.js';
import { resolveMarks } from '../src/core/resolve.js';
import { compareFormats } from '../src/render/compare/index.js';
import { diagnosticFormats } from '../src/render/diagnostics/index.js';
import { formatDiagnosticLines } from '../src/render/import/diagnostic-lines.js';
import { terminalMessage } from '../src/render/escape.js';
import { renderPlanMarkdown } from '../src/render/plan/markdown.js';
import { buildPlanView } from '../src/render/plan/view.js';
import { renderMarkdownReport } from '../src/render/report/markdown.js';
import { summaryFormats } from '../src/render/summary/index.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { setAssessment } from '../src/core/assess-edit.js';
import { catalogue, describe as wordsOf, hasErrors, type Diagnostic } from '../src/core/diagnostics.js';
import { modeline } from '../src/core/json-schema.js';
import { loadStrategy } from '../src/core/load-strategy.js';
import type { StrategyModel } from '../src/core/model.js';
import { appendMeasures, newPlanText } from '../src/core/plan-edit.js';
import type { Area, Measure } from '../src/core/schema.js';
import type { SourceFile, StrategyFolder } from '../src/core/source.js';
import { parseYaml } from '../src/core/yaml-source.js';
import { toYaml } from '../src/import/yaml-out.js';
import { readStrategyFolder } from '../src/io/read-folder.js';
import { readTemplates } from '../src/io/templates.js';
import { renderHtmlReport } from '../src/render/report/html.js';
import type { Templates } from '../src/core/report-templates.js';
import { buildReportView } from '../src/render/report/view.js';
import { minimalDir } from './helpers/cli.js';

/**
 * 100 runs of each property in `npm test`, so that a change is checked in seconds; CI (.ci/run) sets
 * FC_NUM_RUNS=300, and a longer hunt sets more.
 */
const numRuns = Math.max(1, Number(process.env.FC_NUM_RUNS ?? 100));
/** Room for a longer hunt: about 13 s for 300 runs of the slowest property here. */
const timeout = Math.max(60_000, numRuns * 200);

const encoder = new TextEncoder();
let minimal: StrategyFolder;
let templates: Templates;

beforeAll(async () => {
  minimal = await readStrategyFolder(minimalDir, minimalDir);
  templates = await readTemplates();
});

const fileOf = (path: string, bytes: Uint8Array): SourceFile => ({ path, display: path, bytes });
const textOf = (file: SourceFile) => new TextDecoder().decode((file as { bytes: Uint8Array }).bytes);

/** The minimal strategy, with `extra` files added (or replacing files at the same path). */
function folderWith(extra: SourceFile[], keepAreas = true): StrategyFolder {
  const replaced = new Set(extra.map((f) => f.path));
  const files = minimal.files.filter((f) => !replaced.has(f.path) && (keepAreas || !f.path.startsWith('areas/')));
  return { display: '.', files: [...files, ...extra], others: [] };
}

// ---------------------------------------------------------------------------------------------
// Text that breaks things
// ---------------------------------------------------------------------------------------------

/** Pieces that mean something to YAML, to a YAML 1.1 reader, or to a number parser. */
const yamlPieces = [
  ': ',
  ':',
  ' #',
  '#',
  '"',
  "'",
  "''",
  '\\',
  '- ',
  '? ',
  '[',
  ']',
  '{',
  '}',
  ',',
  '&a ',
  '*a',
  '!',
  '!!str ',
  '!!js/function ',
  '!custom ',
  '%YAML 1.1',
  '%',
  '@',
  '`',
  '|',
  '>',
  '|-',
  '>+',
  '---',
  '...',
  '<<',
  '=',
  '~',
  'null',
  'Null',
  'true',
  'NO',
  'no',
  'yes',
  'on',
  'off',
  'y',
  'n',
  '0150',
  '0o17',
  '0x1F',
  '1e3',
  '+15',
  '-0',
  '.inf',
  '.NaN',
  '12:30',
  '2001-12-14',
  '  ',
  '   lead',
  'trail   ',
  '\t',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  ' \n ',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\u2029',
  '\ufeff',
  '\u200b',
  'æøå',
  'ÆØÅ',
  '😀',
  '👩‍👩‍👧',
  'e\u0301',
  '\u0000',
  '\u0007',
  '\u001b[31m',
  '\u007f',
  '\u009f',
  '\ud800',
  '\udfff',
  '\ufffe',
  '\uffff',
];

/** Text for any field: mostly the pieces above mixed with arbitrary characters. */
const anyText = fc
  .array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...yamlPieces) },
      { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
      { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
    ),
    { minLength: 1, maxLength: 8 },
  )
  .map((parts) => parts.join(''));

/** Text a text field accepts: not blank (blank text is the `text-empty` error). */
const fieldText = anyText.filter((s) => s.trim().length > 0);

/**
 * Text that can be stored in a file at all: a lone surrogate (half of a UTF-16 pair) has no UTF-8
 * form, so encoding turns it into U+FFFD before any YAML is involved. The writers' tests use this.
 */
const loneSurrogate = /[\ud800-\udfff]/u;
const storable = (arb: fc.Arbitrary<string>) => arb.filter((s) => !loneSurrogate.test(s));

const idWord = fc.stringMatching(/^[a-z0-9]{1,5}(-[a-z0-9]{1,4}){0,2}$/);

// ---------------------------------------------------------------------------------------------
// Valid strategy data (what the writers must keep)
// ---------------------------------------------------------------------------------------------

const storedText = storable(fieldText);
const anyStorable = storable(anyText);

// Marks and tags are the only strings the schema does not require to say something. The import
// writer refuses (throws, never writes) a blank string that spans lines ("  \n"), which it forces
// into a block scalar that cannot hold it; no import makes one, so they are left out here.
const tagText = anyStorable.filter((s) => !(s.includes('\n') && s.trim() === ''));
const markText = fc.oneof(
  fc.constantFrom('JA', 'JA-', 'NEI', 'VET IKKE', 'ja / nei', 'Nei', 'NO', '0150', 'null', ' JA '),
  tagText,
);
const assessment = fc.oneof(
  markText,
  fc.record({ mark: markText, note: storedText, by: storedText }, { requiredKeys: ['mark'] }),
);
const comment = fc.record({ author: storedText, text: storedText });
const tag = fc.oneof(tagText, fc.integer({ min: -1000, max: 100000 }));
const goalExtras = {
  note: storedText,
  comments: fc.array(comment, { maxLength: 2 }),
  tags: fc.array(tag, { maxLength: 3 }),
};
const goalBody = fc.oneof(
  fc.record({ text: storedText, assessment, ...goalExtras }, { requiredKeys: ['text'] }),
  fc.record(
    {
      clauses: fc.array(fc.record({ text: storedText, assessment }, { requiredKeys: ['text'] }), {
        minLength: 2,
        maxLength: 3,
      }),
      ...goalExtras,
    },
    { requiredKeys: ['clauses'] },
  ),
);
const titledList = fc.record({ title: storedText, items: fc.array(storedText, { minLength: 1, maxLength: 3 }) });

const areaData = fc
  .record(
    {
      id: idWord,
      title: storedText,
      part: fc.integer({ min: 1, max: 9 }),
      introduction: storedText,
      pillars: titledList,
      lists: fc.array(titledList, { maxLength: 2 }),
      text: storedText,
      goals: fc.array(goalBody, { maxLength: 4 }),
    },
    { requiredKeys: ['id', 'title', 'part', 'goals'] },
  )
  .map((area) => {
    // Ids unique across the strategy: prefixed so they never meet the minimal fixture's.
    const id = `x${area.id}`;
    return { ...area, id, goals: area.goals.map((goal, i) => ({ id: `${id}.g${i}`, ...goal })) } as Area;
  });

/** Keys whose text the schema keeps exactly; every other text is trimmed (`z.string().trim()`). */
const keptAsWritten = new Set(['id', 'assessment', 'mark', 'tags', 'goals', 'status', 'deadline']);

/** The data as the loader returns it: text fields trimmed, as schema.ts documents. */
function asLoaded(value: unknown, key = ''): unknown {
  if (typeof value === 'string') return keptAsWritten.has(key) ? value : value.trim();
  if (Array.isArray(value)) return value.map((item) => asLoaded(item, key));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asLoaded(v, k)]));
  return value;
}

/** A copy made of ordinary objects (fast-check's records have no prototype; parsed YAML has Object's). */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** Problems that mean the file was not read as written (cross-file rules such as unknown marks may still fire). */
const readingProblems = (list: Diagnostic[]) =>
  list.filter((d) => /^(yaml-|schema-|file-|text-empty|id-invalid|goal-shape)/.test(d.code));

// ---------------------------------------------------------------------------------------------
// 1. The loader takes any bytes
// ---------------------------------------------------------------------------------------------

interface YamlNode {
  kind: 'scalar' | 'map' | 'seq' | 'flow';
  scalar?: string;
  pairs?: [string, YamlNode][];
  items?: YamlNode[];
  braces?: boolean;
}

const scalarText = fc.oneof(
  fc.constantFrom(
    'yes',
    'NO',
    'on',
    '0150',
    '~',
    'null',
    '.inf',
    '1e400',
    '0x1F',
    '"\\ud800"',
    '"\\x00"',
    "'it''s'",
    '"a\\nb"',
    '&a x',
    '*a',
    '&a [1, *a]',
    '!!str 1',
    '!!js/function "f"',
    '!custom x',
    '!!binary aGk=',
    '!!set {a}',
    '!!timestamp 2001-12-14',
    '!<tag:x,2000:y> z',
    '|\n  block',
    '>-\n  folded',
    'JA',
    'Vet ikke',
    'ja / nei',
    '[',
    '{',
    '"unterminated',
    "'",
    '- x',
    '? x',
    '@x',
    '`x',
    '%x',
    '#c',
    'a #c',
    'x: y',
    '',
    ' ',
    '\t',
  ),
  fc.string({ maxLength: 10 }),
);
const keyText = fc.oneof(
  fc.constantFrom(
    'id',
    'title',
    'part',
    'goals',
    'text',
    'assessment',
    'clauses',
    'note',
    'comments',
    'author',
    'tags',
    'pillars',
    'items',
    'lists',
    'introduction',
    'mark',
    'by',
    '__proto__',
    'constructor',
    'toString',
    '<<',
    '? x',
    '"q"',
    '1',
    'null',
    '[a]',
    '&k id',
    '*k',
    '!t id',
    '',
    ' ',
  ),
  fc.string({ maxLength: 6 }),
);
const yamlTree = fc.letrec<{ value: YamlNode; map: YamlNode; seq: YamlNode; flow: YamlNode }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalarText.map((scalar): YamlNode => ({ kind: 'scalar', scalar })),
    tie('map'),
    tie('seq'),
    tie('flow'),
  ),
  map: fc.array(fc.tuple(keyText, tie('value')), { maxLength: 5 }).map((pairs): YamlNode => ({ kind: 'map', pairs })),
  seq: fc.array(tie('value'), { maxLength: 5 }).map((items): YamlNode => ({ kind: 'seq', items })),
  flow: fc
    .tuple(fc.array(tie('value'), { maxLength: 4 }), fc.boolean())
    .map(([items, braces]): YamlNode => ({ kind: 'flow', items, braces })),
}));

function renderTree(node: YamlNode, indent: number): string {
  const pad = ' '.repeat(indent);
  switch (node.kind) {
    case 'scalar':
      return node.scalar!;
    case 'flow':
      return node.braces
        ? `{ ${node.items!.map((item, i) => `k${i}: ${renderTree(item, 0).replace(/\n/g, ' ')}`).join(', ')} }`
        : `[${node.items!.map((item) => renderTree(item, 0).replace(/\n/g, ' ')).join(', ')}]`;
    case 'map':
      return node.pairs!.map(([key, value]) => `${pad}${key}:${nested(value, indent + 2)}`).join('\n') || `${pad}{}`;
    case 'seq':
      return node.items!.map((value) => `${pad}-${nested(value, indent + 2)}`).join('\n') || `${pad}[]`;
  }
}
const nested = (value: YamlNode, indent: number) =>
  value.kind === 'map' || value.kind === 'seq' ? `\n${renderTree(value, indent)}` : ` ${renderTree(value, indent)}`;

/** YAML-ish text: a random tree, with a random start and end, line ends and the odd tab. */
const yamlishText = fc
  .record({
    head: fc.constantFrom(
      '',
      '',
      '\ufeff',
      '---\n',
      '%YAML 1.1\n---\n',
      '%YAML 1.2\n---\n',
      '%TAG !e! tag:e.com,2000:\n---\n',
      '# c\n',
    ),
    tree: yamlTree.value,
    tail: fc.constantFrom('', '', '\n', '\n---\nb: 1\n', '\n...\n', '\n#end', '\n  x: 1', '\u0000'),
    eol: fc.constantFrom('\n', '\n', '\r\n', '\r'),
    tabs: fc.boolean(),
  })
  .map(({ head, tree, tail, eol, tabs }) => {
    const text = `${head}${renderTree(tree, 0)}${tail}`.replace(/\n/g, eol);
    return tabs ? text.replace(/^ {2}/m, '\t') : text;
  });

/** A valid area file with something dangerous spliced in at a random place. */
const spoiltArea = fc
  .tuple(
    areaData,
    fc.nat(),
    fc.oneof(
      fc.constantFrom(...yamlPieces),
      scalarText,
      keyText.map((k) => `\n${k}: x\n`),
    ),
  )
  .map(([area, at, piece]) => {
    const text = toYaml('Område', area);
    const cut = at % (text.length + 1);
    return text.slice(0, cut) + piece + text.slice(cut);
  });

/** Nesting far deeper than any file needs, of the kinds that made yaml's parser recurse. */
const deepText = fc
  .tuple(
    fc.constantFrom('[', '{', '- ', '? ', '{a: ', '[{', '- [', 'a:\n '),
    fc.integer({ min: 1, max: 3000 }),
    fc.constantFrom('', 'x', ']', '}'),
  )
  .map(([piece, times, end]) => piece.repeat(times) + end);

const areaBytes = fc.oneof(
  { weight: 3, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }).map((s) => encoder.encode(s)) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 300 }).map((s) => encoder.encode(s)) },
  { weight: 4, arbitrary: yamlishText.map((s) => encoder.encode(s)) },
  { weight: 3, arbitrary: spoiltArea.map((s) => encoder.encode(s)) },
  { weight: 1, arbitrary: deepText.map((s) => encoder.encode(s)) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom([0xff, 0xfe], [0xfe, 0xff], [0xef, 0xbb, 0xbf]), fc.uint8Array({ maxLength: 100 }))
      .map(([bom, rest]) => new Uint8Array([...bom, ...rest])),
  },
);

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The byte offset of a 1-based line and (byte) column, as the invalid-UTF-8 diagnostic counts them. */
function byteOffset(bytes: Uint8Array, line: number, col: number): number {
  let start = 0;
  for (let l = 1; l < line; l++) start = bytes.indexOf(0x0a, start) + 1;
  return start + col - 1;
}

function checkDiagnostics(list: Diagnostic[], bytes: Uint8Array, path: string): void {
  const lines = bytes.filter((b) => b === 0x0a).length + 1;
  for (const d of list) {
    expect(Object.hasOwn(catalogue, d.code), d.code).toBe(true);
    expect(d.severity, d.code).toBe(catalogue[d.code].severity);
    expect(Number.isInteger(d.line) && d.line >= 0, `${d.code} line ${d.line}`).toBe(true);
    expect(Number.isInteger(d.col) && d.col >= 0, `${d.code} col ${d.col}`).toBe(true);
    expect(typeof d.file).toBe('string');
    for (const lang of ['nb', 'en'] as const) {
      const { message, hint } = wordsOf(d, lang);
      expect(message.length > 0 && hint.length > 0 && !message.includes('undefined'), `${d.code}: ${message}`).toBe(
        true,
      );
    }
    if (d.file !== path) continue;
    expect(d.line, `${d.code} past the last line`).toBeLessThanOrEqual(lines);
    if (d.code === 'file-encoding' && d.args.detail === 'invalid byte sequence') {
      // Everything before the place shown is valid UTF-8, and the place is inside the file.
      const offset = byteOffset(bytes, d.line, d.col);
      expect(offset).toBeLessThan(bytes.length);
      expect(() => strictUtf8.decode(bytes.slice(0, offset))).not.toThrow();
    }
  }
}

describe('the loader, on any bytes as an area file', () => {
  it(
    `returns diagnostics or a strategy, never throws (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(areaBytes, (bytes) => {
          const path = 'areas/01-x.yaml';
          const folder = folderWith([fileOf(path, bytes)]);
          let result: ReturnType<typeof loadStrategy> | undefined;
          expect(() => (result = loadStrategy(folder))).not.toThrow();
          checkDiagnostics(result!.diagnostics, bytes, path);
          // The strategy and scale files are sound, so there is always a model; with no errors it is whole.
          expect(result!.model).toBeDefined();
          if (!hasErrors(result!.diagnostics)) expect(result!.model!.areas.map((a) => a.path)).toContain(path);
          // The same input gives the same answer: nothing leaks from one file or run into the next.
          expect(loadStrategy(folder).diagnostics).toEqual(result!.diagnostics);
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

// ---------------------------------------------------------------------------------------------
// 2. The HTML report escapes any text
// ---------------------------------------------------------------------------------------------

const htmlPayloads = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=//x.example/x.js></SCRIPT>',
  '<scr<script>ipt>',
  '</script><script>x</script>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>x</script></svg>',
  '<math><mi xlink:href="javascript:x">y</mi></math>',
  '"><script>alert(1)</script>',
  "'><img src=x onerror=alert(1)>",
  '" onmouseover="alert(1)',
  "' onfocus='alert(1)' autofocus '",
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '[x](JaVaScRiPt:alert(1))',
  '[x](jav&#x09;ascript:alert(1))',
  '[x](java\tscript:x)',
  '[x](&#106;avascript:alert(1))',
  '[x](javascript&colon;alert(1))',
  '[x](data:text/html;base64,PHNjcmlwdD4=)',
  '[x](vbscript:msgbox(1))',
  '[x](<javascript:alert(1)>)',
  '[ref]: javascript:alert(1)\n\n[x][ref]',
  '![i](javascript:alert(1))',
  '![i](data:image/svg+xml,<svg onload=alert(1)>)',
  '<a href="javascript:alert(1)">x</a>',
  '<a href="&#106;avascript:alert(1)">x</a>',
  '<a href=" javascript:x">x</a>',
  '<a href="data:text/html,x">x</a>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<form action="javascript:x"><button>b</button></form>',
  '<base href="//evil.example/">',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<style>body{display:none}</style>',
  '</style><script>x</script>',
  '</title><script>x</script>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<details open ontoggle=alert(1)>',
  '<object data="javascript:x">',
  '<embed src="javascript:x">',
  '<video><source onerror=alert(1)></video>',
  '<input autofocus onfocus=alert(1)>',
  '<body onload=alert(1)>',
  '`<script>`',
  '```\n<script>x</script>\n```',
  '    <script>x</script>',
  '&lt;script&gt;',
  '&#60;script&#62;',
  '&amp;',
  '<<script>>',
  '<https://x.example/" onmouseover="y>',
  'http://x.example/?a=<script>',
  '|a|b|\n|-|-|\n|<script>|x|',
  '> <img src=x onerror=y>',
  '* <a href=javascript:x>l</a>',
  '<div style="background:url(javascript:x)">',
  '<a href="vbscript:x">',
  '<a href="  data:text/html,x">',
  '{{7*7}}',
  '<%= it %>',
  '<%~ it.css %>',
  // biome-ignore lint/suspicious/noTemplateCurlyInString: template syntax as hostile text, on purpose
  '${x}',
  '\u0000',
  '\u2028',
  '\r\n',
  '\n\n',
  '  ',
];

const dangerousText = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom(...htmlPayloads) },
      { weight: 2, arbitrary: fc.string({ maxLength: 6 }) },
      { weight: 1, arbitrary: fc.constantFrom(...yamlPieces) },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);

const reportFields = fc.record({
  organisation: dangerousText,
  title: dangerousText,
  areaTitle: dangerousText,
  goalText: dangerousText,
  goalNote: dangerousText,
  assessmentNote: dangerousText,
  by: dangerousText,
  author: dangerousText,
  commentText: dangerousText,
  clauseText: dangerousText,
  pillarsTitle: dangerousText,
  pillar: dangerousText,
  listTitle: dangerousText,
  listItem: dangerousText,
  tag: dangerousText,
  visionText: dangerousText,
  visionAuthor: dangerousText,
  introduction: dangerousText,
  text: dangerousText,
});
type ReportFields = typeof reportFields extends fc.Arbitrary<infer T> ? T : never;

/** The minimal strategy with every field below replaced by generated text. */
function modelWith(f: ReportFields): StrategyModel {
  const { model } = loadStrategy(minimal);
  const m = model!;
  m.strategy.organisation = f.organisation;
  m.strategy.title = f.title;
  const vision = m.strategy.vision!.statements[0]!;
  vision.clauses[0]!.text = f.visionText;
  vision.comments = [{ author: f.visionAuthor, text: f.commentText }];
  const area = m.areas[0]!.area;
  area.title = f.areaTitle;
  area.introduction = f.introduction;
  area.text = f.text;
  area.pillars = { title: f.pillarsTitle, items: [f.pillar] };
  area.lists = [{ title: f.listTitle, items: [f.listItem] }];
  const [goal, clauseGoal] = area.goals;
  goal!.text = f.goalText;
  goal!.note = f.goalNote;
  goal!.assessment = { mark: 'JA', note: f.assessmentNote, by: f.by };
  goal!.comments = [{ author: f.author, text: f.commentText }];
  goal!.tags = [f.tag];
  clauseGoal!.clauses![0]!.text = f.clauseText;
  // The model is never changed once loaded: the marks are resolved again from the changed files.
  return { ...m, marks: resolveMarks(m) };
}

/** Eta's escaping of `<%= … %>`: the form plain text must take in the page. */
const escapeHtml = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const namedEntities: Record<string, string> = {
  colon: ':',
  tab: '\t',
  newline: '\n',
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  sol: '/',
  lpar: '(',
  rpar: ')',
  period: '.',
  nbsp: '\u00a0',
};
/** Character references decoded as a browser would in an attribute (numeric ones also without `;`). */
const decodeEntities = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);?/gi, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\ufffd';
    }
    return namedEntities[ref.toLowerCase()] ?? whole;
  });

interface Tag {
  name: string;
  attributes: [string, string][];
}

/** The start tags of a page with their attributes, read the way an HTML tokenizer reads them. */
function startTags(html: string): Tag[] {
  const tags: Tag[] = [];
  const tagName = /<([a-zA-Z][^\s/>]*)/y;
  const attrName = /[^\s"'>/=]+/y;
  const attrValue = /\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]*))/y;
  for (let i = html.indexOf('<'); i !== -1; i = html.indexOf('<', i)) {
    if (html.startsWith('<!--', i)) {
      const end = html.indexOf('-->', i + 4);
      i = end === -1 ? html.length : end + 3;
      continue;
    }
    tagName.lastIndex = i;
    const name = tagName.exec(html);
    if (!name) {
      i++;
      continue;
    }
    const tag: Tag = { name: name[1]!.toLowerCase(), attributes: [] };
    let j = tagName.lastIndex;
    while (j < html.length && html[j] !== '>') {
      if (/[\s/]/.test(html[j]!)) {
        j++;
        continue;
      }
      attrName.lastIndex = j;
      const attr = attrName.exec(html);
      if (!attr) {
        j++;
        continue;
      }
      j = attrName.lastIndex;
      attrValue.lastIndex = j;
      const value = attrValue.exec(html);
      if (value) j = attrValue.lastIndex;
      tag.attributes.push([attr[0].toLowerCase(), value ? (value[1] ?? value[2] ?? value[3] ?? '') : '']);
    }
    tags.push(tag);
    i = j + 1;
    // Raw text: nothing inside these is a tag.
    if (['style', 'script', 'title', 'textarea'].includes(tag.name)) {
      const close = html.toLowerCase().indexOf(`</${tag.name}`, i);
      i = close === -1 ? html.length : close;
    }
  }
  return tags;
}

const urlAttributes = new Set([
  'href',
  'src',
  'xlink:href',
  'action',
  'formaction',
  'data',
  'poster',
  'background',
  'srcset',
  'cite',
]);
const badScheme = /^(javascript|data|vbscript):/i;

function checkSafeHtml(html: string): void {
  expect(html).not.toMatch(/<script/i);
  for (const tag of startTags(html)) {
    for (const [name, value] of tag.attributes) {
      expect(name.startsWith('on'), `<${tag.name} ${name}=…>`).toBe(false);
      if (urlAttributes.has(name)) {
        // Browsers ignore white space and control characters around (and tabs inside) a scheme.
        const url = decodeEntities(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '');
        expect(badScheme.test(url), `<${tag.name} ${name}="${value}">`).toBe(false);
      }
    }
    expect(
      ['iframe', 'form', 'object', 'embed', 'base', 'img', 'input', 'button', 'frame', 'frameset'],
      `<${tag.name}>`,
    ).not.toContain(tag.name);
  }
}

describe('the HTML report, with any text in any field', () => {
  it('is well-formed enough for the checks: the report of the minimal fixture passes them', () => {
    const { model } = loadStrategy(minimal);
    const html = renderHtmlReport(
      buildReportView(model!, analyse(model!, { today: '2023-06-15' }), {
        lang: 'nb',
        generated: '2023-06-15',
        version: '0.0.0',
      }),
      templates,
    );
    checkSafeHtml(html);
    expect(startTags(html).some((t) => t.name === 'a' && t.attributes.some(([n]) => n === 'href'))).toBe(true);
  });

  it(
    `escapes plain text and sanitises Markdown: no script, event handler or script URL gets through (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(reportFields, fc.constantFrom('nb', 'en') as fc.Arbitrary<'nb' | 'en'>, (fields, lang) => {
          const model = modelWith(fields);
          const html = renderHtmlReport(
            buildReportView(model, analyse(model, { today: '2023-06-15' }), {
              lang,
              generated: '2023-06-15',
              version: '0.0.0',
            }),
            templates,
          );
          checkSafeHtml(html);
          const plain = [
            fields.organisation,
            fields.areaTitle,
            fields.goalText,
            fields.goalNote,
            fields.assessmentNote,
            fields.by,
            fields.author,
            fields.commentText,
            fields.clauseText,
            fields.pillarsTitle,
            fields.pillar,
            fields.listTitle,
            fields.listItem,
            fields.tag,
            fields.visionText,
            fields.visionAuthor,
          ];
          for (const text of plain) expect(html, JSON.stringify(text)).toContain(escapeHtml(text));
        }),
        { numRuns },
      );
    },
    timeout,
  );
});

/** Control sequences a terminal acts on: clear screen, set the title, write the clipboard, CSI in C1, reordering. */
const terminalPayloads = [
  '\u001b[2J',
  '\u001b[31m',
  '\u001b]0;owned\u0007',
  '\u001b]52;c;b3duZWQ=\u0007',
  '\u001b]8;;https://x.example\u001b\\l\u001b]8;;\u001b\\',
  '\u009b31m',
  '\u009d0;t\u009c',
  '\u0007',
  '\u0008\u0008',
  '\r',
  '\u000b',
  '\u000c',
  '\u007f',
  '\u202e',
  '\u2066',
  '\u200f',
];
const hostileText = fc
  .array(
    fc.oneof({ weight: 2, arbitrary: dangerousText }, { weight: 1, arbitrary: fc.constantFrom(...terminalPayloads) }),
    { minLength: 1, maxLength: 4 },
  )
  .map((parts) => parts.join(''))
  .filter((s) => s.trim().length > 0);
const everyField = fc.record({
  organisation: hostileText,
  title: hostileText,
  areaTitle: hostileText,
  goalText: hostileText,
  goalNote: hostileText,
  assessmentNote: hostileText,
  by: hostileText,
  author: hostileText,
  commentText: hostileText,
  clauseText: hostileText,
  pillarsTitle: hostileText,
  pillar: hostileText,
  listTitle: hostileText,
  listItem: hostileText,
  tag: hostileText,
  visionText: hostileText,
  visionAuthor: hostileText,
  introduction: hostileText,
  text: hostileText,
});

/** A raw control character a terminal (or a log viewer) would act on; `allowed` lists the ones an output may keep. */
const rawControls = (allowed: string) =>
  new RegExp(`[^\\P{Cc}${allowed}]|[\\u200e\\u200f\\u202a-\\u202e\\u2066-\\u2069]`, 'u');
const markdownAsHtml = (md: string) => new Marked({ gfm: true }).parse(md) as string;

describe('every output format, with control characters and HTML in every text field', () => {
  const plain = new Chalk({ level: 0 });
  it(
    `summary, compare, report and plan as table, Markdown, CSV, JSON: no raw control character, no live HTML (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(everyField, fc.constantFrom('nb', 'en') as fc.Arbitrary<'nb' | 'en'>, (fields, lang) => {
          const model = modelWith(fields);
          const old = loadStrategy(minimal).model!;
          const analysis = analyse(model, { today: '2023-06-15', comparison: { before: old } });
          const input = { analysis };
          const options = { lang, chalk: plain, width: 80 };
          const compared = { comparison: analysis.comparison, against: { ref: fields.tag, kind: 'folder' as const } };
          const view = buildReportView(model, analysis, { lang, generated: '2023-06-15', version: '0.0.0' });
          const outputs: [string, string, string][] = [
            ['summary table', summaryFormats.table(input, options), '\\n'],
            ['summary md', summaryFormats.md(input, options), '\\n'],
            ['summary csv', summaryFormats.csv(input, options), '\\r\\n\\t'],
            ['summary csv --excel', summaryFormats.csv(input, { ...options, excel: true }), '\\r\\n\\t'],
            ['compare table', compareFormats.table(compared, options), '\\n'],
            ['compare md', compareFormats.md(compared, options), '\\n'],
            ['report md', renderMarkdownReport(view), '\\n\\t'],
            [
              'plan md',
              renderPlanMarkdown(
                buildPlanView(model, analysis, {
                  lang,
                  generated: '2023-06-15',
                  version: '0.0.0',
                  period: { from: 2023, to: 2024 },
                }),
              ),
              '\\n\\t',
            ],
          ];
          for (const [name, text, allowed] of outputs) {
            expect(
              rawControls(allowed).test(text),
              `${name}: ${JSON.stringify(text.match(rawControls(allowed)))}`,
            ).toBe(false);
            if (name.endsWith('md')) checkSafeHtml(markdownAsHtml(text));
          }
          // JSON escapes whatever it holds, and holds it exactly.
          const json = JSON.parse(summaryFormats.json(input)) as { strategy: { organisation: string } };
          expect(json.strategy.organisation).toBe(fields.organisation);
          // CSV reads back as one row per goal, the text as it was (control characters shown as escapes).
          const rows = parseCsv(summaryFormats.csv(input, options).slice(1), { relaxQuotes: false }) as string[][];
          expect(rows.length).toBe(1 + analysis.goals.length);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  it(
    `diagnostics as stylish and GitHub commands: nothing raw, one command a line (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(
          hostileText,
          hostileText,
          fc.constantFrom('nb', 'en') as fc.Arbitrary<'nb' | 'en'>,
          (file, mark, lang) => {
            const list = [
              makeDiagnostic('mark-unknown', { file, line: 3, col: 7 }, { mark, codes: 'JA, NEI' }),
              makeDiagnostic('schema-unknown-key', { file, line: 1, col: 1 }, { key: mark, allowed: 'id, title' }),
            ];
            const stylish = diagnosticFormats.stylish(
              { diagnostics: list, files: 1 },
              { lang, chalk: plain, version: '0' },
            );
            expect(rawControls('\\n').test(stylish), JSON.stringify(stylish)).toBe(false);
            // The import's lines: a document's name and headings are data too, and each problem stays one line.
            const found = [
              makeDiagnostic('import-unknown-section', { file, line: 10, col: 0 }, { heading: mark }),
              makeDiagnostic('import-no-areas', { file, line: 0, col: 0 }),
            ];
            const importLines = formatDiagnosticLines({ diagnostics: found, files: 1 }, { lang, chalk: plain });
            expect(rawControls('\\n').test(importLines), JSON.stringify(importLines)).toBe(false);
            expect(importLines.split('\n')).toHaveLength(found.length + 1);
            const github = diagnosticFormats.github(
              { diagnostics: list, files: 1 },
              { lang, chalk: plain, version: '0' },
            );
            const lines = github.split('\n');
            expect(lines.pop()).toBe('');
            expect(lines.length).toBe(2);
            for (const line of lines) {
              expect(line).toMatch(/^::(error|warning) file=[^,:]*,line=\d+,col=\d+,title=[^,:]*::/);
              expect(rawControls('').test(line), JSON.stringify(line)).toBe(false);
            }
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  it(`a message on stderr keeps the tool's own colour codes and line ends, and nothing else raw (${numRuns} runs)`, () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const colour = new Chalk({ level: 1 });
        const shown = terminalMessage(`${colour.red('feil')} ${text}\n`);
        expect(shown.startsWith(colour.red('feil'))).toBe(true);
        expect(rawControls('\\n').test(shown.replace(/\u001b\[[0-9;]*m/g, '')), JSON.stringify(shown)).toBe(false);
      }),
      { numRuns },
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 3. What the tool writes, it reads back unchanged
// ---------------------------------------------------------------------------------------------

describe('parse → write → parse keeps the data', () => {
  // The header line is a comment the import builds from the document's title: any text, control
  // characters and line breaks included, must stay one comment line (toYaml makes them spaces).
  const headerText = storedText;

  it(
    `areas written by the import writer (src/import/yaml-out.ts) (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(areaData, headerText, (area, header) => {
          const text = toYaml(header, area);
          const path = `areas/03-${area.id}.yaml`;
          const file = fileOf(path, encoder.encode(text));
          // The YAML itself: exactly the data, white space and all.
          const parsed = parseYaml(file);
          expect(parsed.diagnostics, text).toEqual([]);
          expect(parsed.parsed?.data).toStrictEqual(plain(area));
          // Through the loader: the same, with text trimmed as the schema does.
          const result = loadStrategy(folderWith([file], false));
          expect(readingProblems(result.diagnostics), text).toEqual([]);
          expect(result.model?.areas.map((a) => a.area)).toStrictEqual([asLoaded(area)]);
        }),
        { numRuns },
      );
    },
    timeout,
  );

  const measure = fc.record(
    {
      goals: fc.array(fc.oneof(idWord, anyStorable), { minLength: 1, maxLength: 3 }),
      title: storedText,
      owner: storedText,
      deadline: fc.oneof(fc.integer({ min: 1900, max: 2200 }), fc.constantFrom('2023-06', '2024-12', '2100-01')),
      resources: storedText,
      indicator: storedText,
      status: fc.constantFrom('planned', 'started', 'done', 'dropped') as fc.Arbitrary<Measure['status']>,
      notes: storedText,
    },
    { requiredKeys: ['goals', 'title', 'status'] },
  );
  const measures = (prefix: string) =>
    fc.array(measure, { maxLength: 4 }).map((list) => list.map((m, i) => ({ id: `${prefix}-${i}`, ...m }) as Measure));
  const period = fc
    .integer({ min: 1900, max: 2190 })
    .chain((from) => fc.integer({ min: from, max: 2200 }).map((to) => ({ from, to })));

  it(
    `plan files written by plan --format yaml (newPlanText, then appendMeasures) (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(
          period,
          measures('a'),
          measures('b'),
          fc.array(storedText, { maxLength: 3 }),
          fc.boolean(),
          (p, first, added, header, withModeline) => {
            const path = `plans/${p.from}-${p.to}.yaml`;
            const load = (text: string) => loadStrategy(folderWith([fileOf(path, encoder.encode(text))]));
            const created = newPlanText(p, first, header, withModeline ? modeline('plan', path) : undefined);
            if (withModeline)
              expect(created.split('\n')[0]).toBe('# yaml-language-server: $schema=../schemas/plan.schema.json');
            const one = load(created);
            expect(readingProblems(one.diagnostics), created).toEqual([]);
            expect(one.model?.plans.map((e) => e.plan)).toStrictEqual([asLoaded({ period: p, measures: first })]);
            const grown = appendMeasures(created, added);
            const two = load(grown);
            expect(readingProblems(two.diagnostics), grown).toEqual([]);
            expect(two.model?.plans.map((e) => e.plan)).toStrictEqual([
              asLoaded({ period: p, measures: [...first, ...added] }),
            ]);
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );

  // Every place an assessment can be set in the minimal fixture: plain marks, a mark with a note
  // in a block map, and clauses.
  const owners: [string, (string | number)[]][] = [
    ['areas/01-samlinger.yaml', ['goals', 0]],
    ['areas/01-samlinger.yaml', ['goals', 1, 'clauses', 0]],
    ['areas/01-samlinger.yaml', ['goals', 1, 'clauses', 1]],
    ['areas/01-samlinger.yaml', ['goals', 2]],
    ['areas/02-formidling.yaml', ['goals', 0]],
    ['areas/02-formidling.yaml', ['goals', 1]],
    ['areas/02-formidling.yaml', ['goals', 2]],
    ['strategy.yaml', ['vision', 'statements', 0, 'clauses', 0]],
    ['strategy.yaml', ['vision', 'statements', 1, 'clauses', 0]],
  ];
  const marks = fc.constantFrom('JA', 'JA-', 'NEI', 'VET IKKE', 'TJA', 'NEI/JA', 'JA?');

  it(
    `assessments written by assess (setAssessment), twice in a row (${numRuns} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...owners),
          marks,
          storedText,
          storedText,
          marks,
          storedText,
          ([path, owner], mark1, note1, by1, mark2, note2) => {
            const before = minimal.files.find((f) => f.path === path)!;
            const once = setAssessment(textOf(before), owner, { mark: mark1, note: note1, by: by1 });
            const twice = setAssessment(once, owner, { mark: mark2, note: note2 });
            for (const [text, expected] of [
              [once, { mark: mark1, note: note1, by: by1 }],
              [twice, { mark: mark2, note: note2, by: by1 }],
            ] as const) {
              const result = loadStrategy(folderWith([fileOf(path, encoder.encode(text))]));
              expect(readingProblems(result.diagnostics), text).toEqual([]);
              const data =
                path === 'strategy.yaml'
                  ? result.model!.strategy
                  : result.model!.areas.find((a) => a.path === path)!.area;
              const got = owner.reduce<unknown>(
                (node, key) => (node as Record<string | number, unknown>)[key],
                data,
              ) as { assessment: unknown };
              expect(got.assessment).toStrictEqual(asLoaded(expected, 'note-holder'));
            }
          },
        ),
        { numRuns },
      );
    },
    timeout,
  );
});
