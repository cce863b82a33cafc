import { pathToFileURL } from 'node:url';
import { catalogue, describe, isImportCode, type DiagnosticCode } from '../../core/diagnostics.js';
import type { DiagnosticsReport, FormatOptions } from './types.js';

// SARIF 2.1.0 (OASIS): one run, the catalogue as the tool's rules, one result per diagnostic.
// GitHub code scanning and other SARIF viewers read it (`github/codeql-action/upload-sarif`).
const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';
/** validate's rules: the importer's codes are about a document, and never a result of this log. */
const codes: DiagnosticCode[] = (Object.keys(catalogue) as DiagnosticCode[]).filter((code) => !isImportCode(code));

/** A relative path as a URI reference (each segment percent-encoded); an absolute one as a file: URI. */
function artifactUri(file: string): string {
  if (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file)) return pathToFileURL(file).href;
  return file.split(/[\\/]/).map(encodeURIComponent).join('/');
}

/** A SARIF 2.1.0 log: one run of vm-strategy, with its rules and the diagnostics as results. */
export function formatSarif({ diagnostics }: DiagnosticsReport, { lang, version }: FormatOptions): string {
  const rules = codes.map((code) => ({
    id: code,
    name: code,
    shortDescription: { text: catalogue[code].title[lang] },
    defaultConfiguration: { level: catalogue[code].severity },
  }));
  const results = diagnostics.map((d) => {
    const { message, hint } = describe(d, lang);
    const physicalLocation: Record<string, unknown> = { artifactLocation: { uri: artifactUri(d.file) } };
    if (d.line > 0) physicalLocation.region = { startLine: d.line, ...(d.col > 0 ? { startColumn: d.col } : {}) };
    return {
      ruleId: d.code,
      ruleIndex: codes.indexOf(d.code),
      level: d.severity,
      message: { text: `${message} ${hint}` },
      locations: [{ physicalLocation }],
    };
  });
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vm-strategy',
            ...(version !== undefined ? { version } : {}),
            rules,
          },
        },
        // Columns count UTF-16 code units, as the YAML parser's positions do.
        columnKind: 'utf16CodeUnits',
        language: lang,
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
