// What a fixture scenario expects (its expected.json) and how a `validate --format json` run is
// checked against it. Shared by the broken corpus (test/validate-fixtures.test.ts) and the hostile
// one (test/hostile.test.ts), so both read expected.json the same way.
import type { ExpectStatic } from 'vitest';
import { catalogue, type DiagnosticCode } from '../../src/core/diagnostics.js';
import type { CliResult } from './cli.js';

export interface Run {
  exitCode: number;
  codes?: string[];
  at?: string[];
  messages?: string[];
  stderr?: string;
}

export interface Expected extends Run {
  codes: string[];
  variants?: (Run & { args: string[] })[];
}

export interface JsonDiagnostic {
  code: DiagnosticCode;
  severity: 'error' | 'warning';
  file: string;
  line: number;
  col: number;
  message: string;
  hint: string;
}

/** A line of a JavaScript stack trace: no input may ever make the tool print one. */
export const stackTrace = /\n\s+at /;

/** Codes sorted, each with its location; the same code keeps the order the tool reported it in. */
export function codesAndPlaces(list: JsonDiagnostic[]): { codes: string[]; at: string[] } {
  const pairs = list.map((d) => [d.code, `${d.file}:${d.line}:${d.col}`] as const);
  pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return { codes: pairs.map((p) => p[0]), at: pairs.map((p) => p[1]) };
}

// Scenarios run concurrently, so assertions use the test's own `expect`.
export function parseDiagnostics(result: CliResult, expect: ExpectStatic): JsonDiagnostic[] {
  expect(result.stderr).not.toMatch(stackTrace);
  return JSON.parse(result.stdout) as JsonDiagnostic[];
}

/** Checks one `validate --format json` run against a run of expected.json (or a variant of it). */
export function checkRun(expect: ExpectStatic, result: CliResult, run: Run, fallback: Expected): void {
  const list = parseDiagnostics(result, expect);
  expect(result.exitCode).toBe(run.exitCode);
  expect(result.stderr).toBe(run.stderr ?? '');
  const codes = run.codes ?? fallback.codes;
  const at = run.at ?? (run.codes === undefined ? fallback.at : undefined);
  const actual = codesAndPlaces(list);
  if (at === undefined) {
    expect([...new Set(actual.codes)]).toEqual(codes);
  } else {
    expect(actual.codes).toEqual(codes);
    expect(actual.at).toEqual(at);
  }
  const messages = list.map((d) => d.message);
  for (const message of run.messages ?? []) expect(messages).toContain(message);
  // The exit code follows from the severities, and each severity is the catalogue's.
  for (const d of list) {
    expect(d.severity, d.code).toBe(catalogue[d.code].severity);
    expect(d.message.length, d.code).toBeGreaterThan(0);
    expect(d.hint.length, d.code).toBeGreaterThan(0);
  }
}
