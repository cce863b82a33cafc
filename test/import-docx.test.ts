// `vm-strategy import strategy.docx`: the Word file itself, read with its list numbering and the
// reviewers' comments. A .docx must give the same strategy as the same document written as
// Word's text export (test/fixtures/import/docx-*.txt), comments included; what only the Word
// file knows (a comment's day and the words it is anchored to) is added, never anything else.
// A hostile or broken file ends with a message in the user's language and exit code 2.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { readDocx } from '../src/import/docx/index.js';
import { buildDocx, type Block } from './helpers/docx.js';
import { fixturesDir, makeTempDir, removeTempDirs, runCli, type CliResult } from './helpers/cli.js';

afterAll(removeTempDirs);

const stackTrace = /\n\s+at /;
const FIXTURES = path.join(fixturesDir, 'import');
const ENGLISH_SCALE = path.join(FIXTURES, 'scale-en.yaml');

const ola = (date: string, text: string, on: string) => ({ author: 'Ola Hansen', date, text, on });
const kari = (date: string, text: string, on: string) => ({ author: 'Kari Nordmann', date, text, on });
const anna = (date: string, text: string, on: string) => ({ author: 'Anna Smith', date, text, on });
const john = (date: string, text: string, on: string) => ({ author: 'John Brown', date, text, on });

/** The seed's structure, short, in Norwegian: the same document as docx-testmuseet.txt. */
const testmuseet: Block[] = [
  { heading: 'STRATEGI 2020–2030 FOR TESTMUSEET' },
  {
    text: 'Strategien gjelder for perioden 2020–2030 og skal evalueres ved en midtveisrevisjon i 2025. Det skal lages treårige handlingsplaner.',
  },
  { blank: true },
  { heading: 'VÅRT SAMFUNNSOPPDRAG' },
  { text: 'Testmuseet samler, bevarer og formidler byens historie.' },
  { blank: true },
  { heading: 'UTFORDRINGSBILDET' },
  { text: 'Vi ser to utfordringer i perioden.' },
  { text: 'Økonomi' },
  { text: 'Driftsmidlene har ikke fulgt kostnadsveksten.' },
  { text: 'Bygninger' },
  { text: 'Flere av bygningene trenger vedlikehold.' },
  { blank: true },
  { heading: 'MÅLBILDET' },
  { heading: 'TESTMUSEET 2030' },
  {
    text: 'I 2030 er Testmuseet et levende bymuseum. JA Vi har et nytt magasin. NEI',
    comments: [ola('2024-03-05', 'Magasinet er vedtatt, men ikke bygget.', 'Vi har et nytt magasin.')],
  },
  { text: 'Publikum kommer igjen år etter år. TJA' },
  { blank: true },
  { heading: 'DEL 2' },
  { blank: true },
  { heading: 'SAMLINGENE' },
  { text: 'SAMLINGSARBEIDET ER TUFTET PÅ TO PILARER:' },
  { bullet: 'Innsamling etter plan' },
  { bullet: 'God bevaring' },
  { heading: 'UTVIKLINGSMÅL' },
  { text: 'Testmuseet skal:' },
  {
    bullet: 'Registrere alle gjenstander i det digitale katalogsystemet JA',
    comments: [
      kari('2024-02-12', 'Gjelder også fotosamlingen.', 'Registrere alle gjenstander i det digitale katalogsystemet'),
    ],
  },
  { bullet: 'Bygge et nytt magasin NEI' },
  { blank: true },
  { heading: 'FORMIDLING OG LÆRING' },
  { text: 'Formidlingen skal nå nye grupper.' },
  { heading: 'UTVIKLINGSMÅL' },
  { text: 'Testmuseet skal:' },
  { numbered: 'Utvikle nye utstillinger om byens historie JA-', list: 1 },
  {
    numbered: 'Tilby skoleprogram for alle trinn i grunnskolen VET IKKE',
    list: 1,
    comments: [
      ola('2024-03-06', 'Skoleprogrammet er utsatt.', 'Tilby skoleprogram'),
      kari('2024-03-07', 'Enig.', 'VET IKKE'),
    ],
  },
];

/** The same shape in English, with an English scale: the same document as docx-test-museum.txt. */
const testMuseum: Block[] = [
  { heading: 'STRATEGY 2023–2028 FOR THE TEST MUSEUM' },
  {
    text: 'This strategy covers the period 2023–2028. It will be revised in 2026, and three-year action plans follow it.',
  },
  { blank: true },
  { heading: 'OUR MISSION' },
  { text: 'The Test Museum collects, keeps and shows the history of the town.' },
  { blank: true },
  { heading: 'CHALLENGES' },
  { text: 'We see two challenges in the period.' },
  { text: 'Funding' },
  { text: 'Our funding has not kept up with costs.' },
  { text: 'Buildings' },
  { text: 'Several of our buildings need repair.' },
  { blank: true },
  { heading: 'VISION' },
  { heading: 'THE TEST MUSEUM 2028' },
  {
    text: 'In 2028 the Test Museum is a living town museum. YES We have a new store. NO',
    comments: [anna('2024-05-02', 'The store is decided but not built.', 'We have a new store.')],
  },
  { text: 'Visitors come back year after year. PARTLY' },
  { blank: true },
  { heading: 'COLLECTIONS' },
  { heading: 'DEVELOPMENT GOALS' },
  { text: 'The Test Museum will:' },
  {
    numbered: 'Register every object in the digital catalogue YES',
    list: 1,
    comments: [john('2024-04-30', 'This includes the photographs.', 'Register every object in the digital catalogue')],
  },
  { numbered: 'Build a new store NO', list: 1 },
  { blank: true },
  { heading: 'LEARNING' },
  { text: 'Learning reaches new groups.' },
  { heading: 'DEVELOPMENT GOALS' },
  { text: 'The Test Museum will:' },
  // A second list: its numbering starts at 1 again.
  { numbered: 'Develop new exhibitions about the town PARTLY', list: 2 },
  {
    numbered: 'Offer school programmes for every year UNKNOWN',
    list: 2,
    comments: [
      anna('2024-05-03', 'The school programme is postponed.', 'Offer school programmes'),
      john('2024-05-04', 'Agreed.', 'UNKNOWN'),
    ],
  },
];

interface Imported {
  run: CliResult;
  out: string;
  strategy: Record<string, unknown>;
  areas: Record<string, unknown>[];
}

async function importTo(file: string, extra: string[] = [], opts: { input?: Uint8Array } = {}): Promise<Imported> {
  const out = path.join(await makeTempDir(), 'strategy');
  const run = await runCli(['import', file, '--out', out, ...extra], opts);
  expect(run.stderr).not.toMatch(stackTrace);
  if (run.exitCode !== 0) return { run, out, strategy: {}, areas: [] };
  const read = (rel: string) => YAML.parse(readFileSync(path.join(out, rel), 'utf8')) as Record<string, unknown>;
  const areaFiles = readdirSync(path.join(out, 'areas')).sort();
  return { run, out, strategy: read('strategy.yaml'), areas: areaFiles.map((f) => read(`areas/${f}`)) };
}

/** The data with the fields only a Word file can give (a comment's date and anchor) left out. */
function withoutWordOnly<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutWordOnly) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .filter(([k]) => k !== 'date' && k !== 'anchor')
        .map(([k, v]) => [k, withoutWordOnly(v)]),
    ) as T;
  }
  return value;
}

interface Comment {
  author: string;
  date?: string;
  text: string;
  anchor?: string;
}
const goalsOf = (areas: Record<string, unknown>[]) =>
  areas.flatMap((a) => a.goals as { id: string; text?: string; comments?: Comment[] }[]);
const statementsOf = (strategy: Record<string, unknown>) =>
  (strategy.vision as { statements: { clauses: { text: string }[]; comments?: Comment[] }[] }).statements;

describe.each([
  {
    name: "Norwegian (the seed's shape, short)",
    blocks: testmuseet,
    text: 'docx-testmuseet.txt',
    docx: 'testmuseet.docx',
    extra: [] as string[],
  },
  {
    name: 'English, with an English scale',
    blocks: testMuseum,
    text: 'docx-test-museum.txt',
    docx: 'test-museum.docx',
    extra: ['--scale', ENGLISH_SCALE, '--lang', 'en'],
  },
])('a .docx and its text export: $name', ({ blocks, text, docx, extra }) => {
  let fromDocx: Imported;
  let fromText: Imported;
  let docxFile: string;

  beforeAll(async () => {
    docxFile = path.join(await makeTempDir(), docx);
    await writeFile(docxFile, await buildDocx(blocks));
    [fromDocx, fromText] = await Promise.all([importTo(docxFile, extra), importTo(path.join(FIXTURES, text), extra)]);
  });

  it('imports both with exit code 0 and the same warnings, at the same lines', () => {
    expect(fromText.run.exitCode).toBe(0);
    expect(fromDocx.run.exitCode).toBe(0);
    const same = (run: CliResult, file: string, out: string) =>
      run.stderr.replaceAll(file, 'DOCUMENT').replaceAll(out, 'OUT');
    expect(same(fromDocx.run, docxFile, fromDocx.out)).toBe(
      same(fromText.run, path.join(FIXTURES, text), fromText.out),
    );
  });

  it('gives the same strategy, area by area and goal by goal, comments included', () => {
    expect(withoutWordOnly(fromDocx.strategy)).toEqual(fromText.strategy);
    expect(withoutWordOnly(fromDocx.areas)).toEqual(fromText.areas);
    expect(readdirSync(path.join(fromDocx.out, 'areas'))).toEqual(readdirSync(path.join(fromText.out, 'areas')));
  });

  it('adds to each comment the day it was written and the words it is anchored to, and nothing to the text form', () => {
    const fromWord = blocks.flatMap((b) => ('comments' in b ? (b.comments ?? []) : []));
    const docxComments = [
      ...statementsOf(fromDocx.strategy).flatMap((s) => s.comments ?? []),
      ...goalsOf(fromDocx.areas).flatMap((g) => g.comments ?? []),
    ];
    expect(docxComments).toEqual(fromWord.map((c) => ({ author: c.author, date: c.date, text: c.text, anchor: c.on })));
    const textComments = [
      ...statementsOf(fromText.strategy).flatMap((s) => s.comments ?? []),
      ...goalsOf(fromText.areas).flatMap((g) => g.comments ?? []),
    ];
    expect(textComments.every((c) => c.date === undefined && c.anchor === undefined)).toBe(true);
  });

  it('writes each date quoted, so no YAML reader takes it for a timestamp', () => {
    const written = [
      readFileSync(path.join(fromDocx.out, 'strategy.yaml'), 'utf8'),
      ...readdirSync(path.join(fromDocx.out, 'areas')).map((f) =>
        readFileSync(path.join(fromDocx.out, 'areas', f), 'utf8'),
      ),
    ].join('\n');
    const dates = blocks.flatMap((b) => ('comments' in b ? (b.comments ?? []) : [])).map((c) => c.date);
    expect([...written.matchAll(/^\s*date: (.*)$/gm)].map((m) => m[1])).toEqual(dates.map((d) => `"${d}"`));
  });

  it('attaches the vision comment to the statement whose clause it is anchored on, and a goal comment to its goal', () => {
    const statement = statementsOf(fromDocx.strategy)[0]!;
    expect(statement.comments![0]!.anchor).toBe(statement.clauses[1]!.text);
    const goal = goalsOf(fromDocx.areas).find((g) => g.comments?.length === 1)!;
    expect(goal.comments![0]!.anchor).toBe(goal.text);
  });

  it('writes a folder that vm-strategy validate passes', async () => {
    const result = await runCli(['validate', '--dir', fromDocx.out, '--format', 'json']);
    expect(result.stderr).not.toMatch(stackTrace);
    expect(result.exitCode).toBe(0);
  });
});

describe('the Word file is known by its content', () => {
  it('reads a .docx under another name, and from standard input, as the same strategy', async () => {
    const dir = await makeTempDir();
    const bytes = await buildDocx(testmuseet);
    const named = path.join(dir, 'testmuseet.docx');
    const unnamed = path.join(dir, 'strategi-fra-word');
    await writeFile(named, bytes);
    await writeFile(unnamed, bytes);
    const [a, b, c] = await Promise.all([importTo(named), importTo(unnamed), importTo('-', [], { input: bytes })]);
    for (const run of [a, b, c]) expect(run.run.exitCode).toBe(0);
    expect(a.areas.flatMap((area) => area.goals as unknown[])).toHaveLength(4);
    expect(b.areas).toEqual(a.areas);
    expect(c.areas).toEqual(a.areas);
    expect(c.strategy).toEqual(a.strategy);
  });
});

describe('warnings on a .docx', () => {
  it("name the line of the text export: the paragraph's number, empty paragraphs counted", async () => {
    const blocks = testmuseet.map((b) =>
      'bullet' in b && b.bullet === 'Bygge et nytt magasin NEI' ? { bullet: 'Bygge et nytt magasin' } : b,
    );
    const at = blocks.findIndex((b) => 'bullet' in b && b.bullet === 'Bygge et nytt magasin') + 1;
    const file = path.join(await makeTempDir(), 'uten-vurdering.docx');
    await writeFile(file, await buildDocx(blocks));
    const { run } = await importTo(file);
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toContain(
      `${file}:${at}: advarsel: Utviklingsmålet «Bygge et nytt magasin» har ingen vurdering fra skalaen.`,
    );
    expect(readFileSync(path.join(FIXTURES, 'docx-testmuseet.txt'), 'utf8').split('\n')[at - 1]).toBe(
      '·\tBygge et nytt magasin NEI',
    );
  });
});

describe('reading the document: paragraphs, list labels and comments', () => {
  it("numbers each list from its start, restarts a new list, and writes Word's Symbol bullet as ·", async () => {
    const read = readDocx(await buildDocx(testMuseum));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    const labelled = read.paragraphs.filter((p) => p.label !== undefined).map((p) => `${p.label}${p.text.slice(0, 8)}`);
    expect(labelled).toEqual(['1.\tRegister', '2.\tBuild a ', '1.\tDevelop ', '2.\tOffer sc']);
    const bullets = readDocx(await buildDocx([{ bullet: 'Innsamling' }, { text: 'Tekst' }]));
    expect(bullets.ok && bullets.paragraphs.map((p) => `${p.label ?? ''}${p.text}`)).toEqual([
      '·\tInnsamling',
      'Tekst',
    ]);
  });

  it('keeps a comment in the paragraph of its reference mark, with author, day, text and anchor', async () => {
    const read = readDocx(
      await buildDocx([
        { text: 'Først' },
        { text: 'Mål A JA', comments: [kari('2023-11-30', 'En merknad.', 'Mål A')] },
      ]),
    );
    expect(read.ok && read.paragraphs.map((p) => p.comments)).toEqual([
      [],
      [{ author: 'Kari Nordmann', date: '2023-11-30', text: 'En merknad.', anchor: 'Mål A' }],
    ]);
  });
});

describe('reading what Word writes beyond the docx package: styles, tracked changes, fields, tables, text boxes', () => {
  const styles = `<?xml version="1.0" encoding="UTF-8"?>
<w:styles ${wordNs}>
  <w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="GoalBullet"><w:basedOn w:val="ListBullet"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>
  <w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>
</w:styles>`;
  const numbering = `<?xml version="1.0" encoding="UTF-8"?>
<w:numbering ${wordNs}>
  <w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="o"/></w:lvl></w:abstractNum>
  <w:abstractNum w:abstractNumId="1">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/><w:suff w:val="space"/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="4"/></w:lvlOverride></w:num>
</w:numbering>`;
  const comments = `<?xml version="1.0" encoding="UTF-8"?>
<w:comments ${wordNs}>
  <w:comment w:id="7" w:author="Kari Nordmann" w:date="2024-02-30T10:00:00Z"><w:p><w:r><w:annotationRef/></w:r><w:r><w:t>Første avsnitt.</w:t></w:r></w:p><w:p><w:r><w:t>Andre avsnitt.</w:t></w:r></w:p></w:comment>
</w:comments>`;
  const numbered = (numId: number, ilvl: number, text: string) =>
    `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const body = [
    '<w:p><w:pPr><w:pStyle w:val="GoalBullet"/></w:pPr><w:r><w:t>Fra stilen</w:t></w:r></w:p>',
    '<w:p><w:pPr><w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>Slått av</w:t></w:r></w:p>',
    '<w:p><w:pPr><w:pStyle w:val="Loop1"/><w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr><w:r><w:t>Løkke i basedOn</w:t></w:r></w:p>',
    numbered(2, 0, 'En'),
    numbered(2, 1, 'Under'),
    numbered(2, 1, 'Under igjen'),
    numbered(2, 0, 'To'),
    numbered(3, 0, 'Fra fire'),
    '<w:p><w:r><w:t xml:space="preserve">Mål </w:t></w:r><w:del w:id="1"><w:r><w:delText>slettet </w:delText></w:r></w:del><w:ins w:id="2"><w:r><w:t>satt inn</w:t></w:r></w:ins><w:r><w:tab/><w:t>JA</w:t></w:r></w:p>',
    '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:br/><w:t>ny linje</w:t><w:br w:type="page"/></w:r></w:p>',
    '<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Celle 1</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Celle 2</w:t></w:r></w:p></w:tc></w:tr></w:tbl>',
    '<w:p><w:r><w:t>Før boksen</w:t></w:r><w:r><w:drawing><w:txbxContent><w:p><w:r><w:t>I tekstboksen</w:t></w:r></w:p></w:txbxContent></w:drawing></w:r></w:p>',
    '<w:p><w:commentRangeStart w:id="7"/><w:r><w:t>Uten referanse</w:t></w:r><w:commentRangeEnd w:id="7"/></w:p>',
    '<w:p><w:r><w:t>Ukjent kommentar</w:t></w:r><w:r><w:commentReference w:id="99"/></w:r></w:p>',
  ].join('');
  const read = readDocx(
    zipSync({
      'word/document.xml': utf8(documentXml(body)),
      'word/styles.xml': utf8(styles),
      'word/numbering.xml': utf8(numbering),
      'word/comments.xml': utf8(comments),
    }),
  );

  it('numbers through paragraph styles and basedOn, levels and overrides as Word counts them', () => {
    expect(read.ok && read.paragraphs.slice(0, 8).map((p) => `${p.label ?? ''}${p.text}`)).toEqual([
      '◦\tFra stilen',
      'Slått av',
      'Løkke i basedOn',
      '1.\tEn',
      '1.a) Under',
      '1.b) Under igjen',
      '2.\tTo',
      '4.\tFra fire',
    ]);
  });

  it('shows what Word shows: insertions, field results, line breaks, table cells; not deletions, field codes or text boxes', () => {
    expect(read.ok && read.paragraphs.slice(8, 13).map((p) => p.text)).toEqual([
      'Mål satt inn\tJA',
      '3\nny linje',
      'Celle 1',
      'Celle 2',
      'Før boksen',
    ]);
  });

  it('anchors a comment without a reference mark where its range starts, drops an unknown one and a date that is no day', () => {
    expect(read.ok && read.paragraphs.slice(13).map((p) => p.comments)).toEqual([
      [{ author: 'Kari Nordmann', text: 'Første avsnitt. Andre avsnitt.', anchor: 'Uten referanse' }],
      [],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Hostile and broken files
// ---------------------------------------------------------------------------------------------

const wordNs = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const documentXml = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${wordNs}><w:body>${body}</w:body></w:document>`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A zip whose document.xml states `claimed` as its unpacked size, whatever it really unpacks to. */
function withClaimedSize(zip: Uint8Array, claimed: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let at = 0; at + 4 <= out.length; at++) {
    const signature = view.getUint32(at, true);
    if (signature === 0x04034b50) view.setUint32(at + 22, claimed, true);
    if (signature === 0x02014b50) view.setUint32(at + 24, claimed, true);
  }
  return out;
}

async function importBytes(
  name: string,
  bytes: Uint8Array,
  lang: 'nb' | 'en' = 'nb',
): Promise<CliResult & { written: boolean }> {
  const dir = await makeTempDir();
  const file = path.join(dir, name);
  await writeFile(file, bytes);
  const out = path.join(dir, 'out');
  const run = await runCli(['import', file, '--out', out, '--lang', lang]);
  expect(run.stderr).not.toMatch(stackTrace);
  return { ...run, stderr: run.stderr.replaceAll(`${dir}${path.sep}`, ''), written: existsSync(out) };
}

describe.concurrent('a .docx that cannot be read: a message, exit 2, nothing written', () => {
  const cases: [string, string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    [
      'not a zip',
      'tekst.docx',
      () => utf8('MÅLBILDET\nDette er ren tekst.\n'),
      'tekst.docx er ikke et Word-dokument: en .docx-fil er en zip-fil, og denne er det ikke. Lagre dokumentet fra Word som .docx, eller eksporter det som ren tekst (UTF-8).',
    ],
    [
      'an old .doc or password-protected file (OLE)',
      'gammel.doc',
      () => new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array<number>(504).fill(0)]),
      'gammel.doc er et gammelt Word-dokument (.doc) eller en passordbeskyttet .docx, og kan ikke leses. Lagre det fra Word som .docx uten passord.',
    ],
    [
      'a truncated zip',
      'avkuttet.docx',
      async () => new Uint8Array(await buildDocx(testmuseet)).slice(0, 3000),
      'avkuttet.docx er ufullstendig: zip-filen slutter før innholdsfortegnelsen sin (avbrutt kopiering eller nedlasting?). Lagre dokumentet på nytt fra Word.',
    ],
    [
      'a zip without word/document.xml',
      'bare-bilder.docx',
      () => zipSync({ '[Content_Types].xml': utf8('<Types/>'), 'word/media/image1.png': new Uint8Array(10) }),
      'bare-bilder.docx er en zip-fil, men ikke et Word-dokument: word/document.xml mangler. Lagre dokumentet fra Word som .docx.',
    ],
    [
      'a zip bomb: document.xml unpacks to 30 MiB while the zip says 1 KB',
      'bombe.docx',
      () =>
        withClaimedSize(
          zipSync({ 'word/document.xml': [new Uint8Array(30 * 1024 * 1024).fill(0x20), { level: 9 }] }),
          1024,
        ),
      'bombe.docx: delen word/document.xml pakkes ut til mer enn 24 MiB og blir ikke lest (en zip-bombe, eller ikke et strategidokument).',
    ],
    [
      'huge XML: a well-formed document.xml of 30 MiB',
      'stor.docx',
      () => zipSync({ 'word/document.xml': [utf8(documentXml('<w:p/>'.repeat(5 * 1024 * 1024))), { level: 9 }] }),
      'stor.docx: delen word/document.xml pakkes ut til mer enn 24 MiB og blir ikke lest (en zip-bombe, eller ikke et strategidokument).',
    ],
    [
      'three parts that together unpack to more than the total limit',
      'tre-deler.docx',
      () => {
        const part = new Uint8Array(20 * 1024 * 1024).fill(0x20);
        return zipSync(
          { 'word/document.xml': part, 'word/numbering.xml': part, 'word/comments.xml': part },
          { level: 9 },
        );
      },
      'tre-deler.docx: delene som leses, pakkes ut til mer enn 48 MiB til sammen og blir ikke lest (en zip-bombe, eller ikke et strategidokument).',
    ],
    [
      'more entries than any Word file has',
      'mange.docx',
      () =>
        zipSync(Object.fromEntries(Array.from({ length: 2001 }, (_, k) => [`word/media/${k}.txt`, new Uint8Array(1)]))),
      'mange.docx har 2001 filer i zip-filen; grensen er 2000. Et Word-dokument har noen få dusin; er dette riktig fil?',
    ],
    [
      'an external entity in a DTD',
      'xxe.docx',
      () =>
        zipSync({
          'word/document.xml': utf8(
            `<?xml version="1.0"?>\n<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<w:document ${wordNs}><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`,
          ),
        }),
      'xxe.docx: word/document.xml har en DTD (<!DOCTYPE …>), som Word aldri skriver; dokumentet blir ikke lest. Lagre det på nytt fra Word som .docx.',
    ],
    [
      'an entity without a DTD',
      'entitet.docx',
      () => zipSync({ 'word/document.xml': utf8(documentXml('<w:p><w:r><w:t>&xxe;</w:t></w:r></w:p>')) }),
      'entitet.docx: word/document.xml er ikke gyldig XML (linje 2, kolonne 111). Åpne dokumentet i Word, lagre det på nytt som .docx, og importer igjen.',
    ],
    [
      'XML that is not well-formed',
      'ødelagt.docx',
      () => zipSync({ 'word/document.xml': utf8(documentXml('<w:p><w:r><w:t>tekst</w:r></w:p>')) }),
      'ødelagt.docx: word/document.xml er ikke gyldig XML (linje 2, kolonne 117). Åpne dokumentet i Word, lagre det på nytt som .docx, og importer igjen.',
    ],
    [
      'a part whose compressed data is not DEFLATE',
      'skadet.docx',
      () => {
        const zip = zipSync({ 'word/document.xml': [utf8(documentXml('<w:p/>'.repeat(200))), { level: 9 }] });
        // The first bytes of the deflate stream after the local header (30 + 17 bytes of name): a reserved block type.
        zip[47] = 0xff;
        return zip;
      },
      'skadet.docx er skadet (delen word/document.xml kan ikke pakkes ut). Åpne det i Word, lagre det på nytt som .docx, og importer igjen.',
    ],
  ];

  it.for(cases)('%s', async ([, name, make, message], { expect }) => {
    const run = await importBytes(name, await make());
    expect(run.exitCode).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`vm-strategy: ${message}\n`);
    expect(run.written).toBe(false);
  });

  it('says it in English with --lang en', async ({ expect }) => {
    const bomb = withClaimedSize(
      zipSync({ 'word/document.xml': [new Uint8Array(30 * 1024 * 1024).fill(0x20), { level: 9 }] }),
      1024,
    );
    const run = await importBytes('bomb.docx', bomb, 'en');
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toBe(
      'vm-strategy: bomb.docx: the part word/document.xml unpacks to more than 24 MiB and is not read (a zip bomb, or not a strategy document).\n',
    );
  });

  it('reads a document nested deeper than any stack, without a stack overflow', async ({ expect }) => {
    const deep = `${'<w:sdt><w:sdtContent>'.repeat(50_000)}<w:p><w:r><w:t>Dypt</w:t></w:r></w:p>${'</w:sdtContent></w:sdt>'.repeat(50_000)}`;
    const read = readDocx(zipSync({ 'word/document.xml': utf8(documentXml(deep)) }));
    expect(read.ok && read.paragraphs.map((p) => p.text)).toEqual(['Dypt']);
  });
});
