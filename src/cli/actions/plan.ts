import path from 'node:path';
import { modeline } from '../../core/json-schema.js';
import type { Lang } from '../../core/lang.js';
import { appendMeasures, newPlanText, PlanEditError } from '../../core/plan-edit.js';
import { defaultPeriod, missingMeasures } from '../../core/plan.js';
import { analyse } from '../../core/analyse.js';
import { readYamlAs } from '../../core/schema-issues.js';
import { planSchema, type Measure, type WrittenMeasure } from '../../core/schema.js';
import { statusLanguage, writtenStatus } from '../../core/status.js';
import { splitBom } from '../../core/yaml-source.js';
import { cliWords } from '../../i18n/cli-words.js';
import { planWords } from '../../i18n/plan-words.js';
import type { PlanFormat } from '../../render/format-names.js';
import { renderPlanMarkdown } from '../../render/plan/markdown.js';
import { buildPlanView } from '../../render/plan/view.js';
import { reportDate, reportVersion } from '../clock.js';
import { loadSoundModel, printDataErrors } from '../data-errors.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { checkOutputTarget, emit, explainWriteError, isStdout, loadTemplates, renderOrExplain } from '../output.js';
import { updateFileAtomic } from '../../io/write-atomic.js';
import { maxFileBytes } from '../../core/source.js';
import type { Diagnostic } from '../../core/diagnostics.js';
import type { Io, Outcome } from '../io.js';

export interface PlanOptions {
  dir?: string;
  example?: boolean;
  from?: string;
  years?: string;
  format: PlanFormat;
  output?: string;
  lang: Lang;
  template?: string;
  color?: boolean;
}

export async function plan(options: PlanOptions, io: Io, outcome: Outcome): Promise<void> {
  checkOutputTarget(io, options.output, options.lang);
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const { model } = sound;
  const cw = cliWords[options.lang];
  const wholeNumber = (raw: string | undefined, option: string, min: number, max: number): number | undefined => {
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max)
      throw new UserError(cw.wholeNumber(option, min, max, raw));
    return Number(raw);
  };
  const period = defaultPeriod(
    model,
    wholeNumber(options.from, '--from', 1900, 2200),
    wholeNumber(options.years, '--years', 1, 20),
  );
  // New measures are written in the output's language (their title and notes are), unless the
  // file's measures already use one language for their statuses: then the file stays uniform.
  const written = (measures: Measure[], data?: unknown) =>
    inLanguage(measures, statusLanguage(statusesIn(data)) ?? options.lang);
  const today = reportDate(io);
  const analysis = analyse(model, { today });

  if (options.format === 'yaml') {
    await planYaml({ options, io, outcome, sound, analysis, period, written });
    return;
  }

  const view = buildPlanView(model, analysis, {
    lang: options.lang,
    generated: today,
    version: reportVersion(io.env),
    period,
    example: sound.example,
  });
  if (options.format === 'md') {
    await emit(io, options.output, renderPlanMarkdown(view), options.lang);
    return;
  }
  if (options.format === 'docx') {
    const [{ renderDocxPlan }, { checkDocxSize, packDocx }] = await Promise.all([
      import('../../render/plan/docx.js'),
      import('../docx.js'),
    ]);
    checkDocxSize(view.report.summary.overall.goals, options.lang);
    await emit(io, options.output ?? 'plan.docx', await packDocx(renderDocxPlan(view)), options.lang);
    return;
  }
  const templates = await loadTemplates(io, options.template, options.lang);
  const { renderPage } = await import('../../render/report/html.js');
  const html = renderOrExplain(() => renderPage(templates, 'plan', view), options.lang);
  await emit(io, options.output ?? 'plan.html', html, options.lang);
}

interface YamlRun {
  options: PlanOptions;
  io: Io;
  outcome: Outcome;
  sound: NonNullable<Awaited<ReturnType<typeof loadSoundModel>>>;
  analysis: ReturnType<typeof analyse>;
  period: ReturnType<typeof defaultPeriod>;
  /** The measures in the language the file (or the output) uses. */
  written: (measures: Measure[], data?: unknown) => ReturnType<typeof inLanguage>;
}

/** `plan --format yaml`: the plan file previewed on stdout, or created or grown under its lock. */
async function planYaml({ options, io, outcome, sound, analysis, period, written }: YamlRun): Promise<void> {
  const { model } = sound;
  const cw = cliWords[options.lang];
  const pw = planWords[options.lang];
  const wording = { title: pw.skeletonTitle, notes: pw.skeletonNotes };
  const header = pw.fileHeader(period, model.strategy.organisation);
  if (options.output === undefined || isStdout(options.output)) {
    // A preview of the plan file: the strategy's own plan for the period, grown, or a new one.
    const own = model.plans.find((p) => p.plan.period.from === period.from && p.plan.period.to === period.to);
    const text = own
      ? appendMeasures(
          own.source.text,
          written(missingMeasures(analysis.unmet, own.plan, period, wording), own.source.data),
        )
      : newPlanText(period, written(missingMeasures(analysis.unmet, undefined, period, wording)), header);
    io.out(text);
    return;
  }
  const output = options.output;
  const target = path.resolve(io.cwd, output);
  // The plan file is read, grown and written under its lock: two runs at once add each measure once.
  const edit = await updateFileAtomic(target, maxFileBytes, (existing): { content?: string; result: PlanWrite } => {
    if (existing === null) {
      const measures = missingMeasures(analysis.unmet, undefined, period, wording);
      // The editor modeline's path to schemas/ is right only for a file in the strategy's plans/.
      const inPlans = path.dirname(target) === path.join(path.resolve(io.cwd, sound.dir), 'plans');
      const line = inPlans ? modeline('plan', `plans/${path.basename(target)}`) : undefined;
      return {
        content: newPlanText(period, written(measures), header, line),
        result: { kind: 'created', count: measures.length },
      };
    }
    const {
      value: plan,
      source,
      diagnostics,
    } = readYamlAs({ path: output, display: output, bytes: existing }, planSchema);
    if (!plan) return { result: { kind: 'errors', diagnostics } };
    const measures = missingMeasures(analysis.unmet, plan, period, wording);
    if (measures.length === 0) return { result: { kind: 'up-to-date' } };
    // readYamlAs above has already refused bytes that are not UTF-8.
    const { bom, text } = splitBom(existing)!;
    try {
      return {
        content: bom + appendMeasures(text, written(measures, source?.data)),
        result: { kind: 'added', count: measures.length },
      };
    } catch (error) {
      if (error instanceof PlanEditError) throw new UserError(cw.planEdit[error.reason](output));
      throw error;
    }
  }).catch((error: unknown) => {
    throw explainWriteError(error, output, options.lang);
  });
  if (edit.kind === 'errors') {
    printDataErrors(io, { diagnostics: edit.diagnostics, files: 1 }, options);
    outcome.exitCode = exitCodes.problems;
  } else if (edit.kind === 'up-to-date') io.err(`${pw.upToDate(output)}\n`);
  else if (edit.kind === 'created') io.err(`${pw.created(edit.count, output)}\n`);
  else io.err(`${pw.added(edit.count, output)}\n`);
}

/** The statuses as written in a plan file's data (before they are read as canonical values). */
function statusesIn(data: unknown): unknown[] {
  const measures = (data as { measures?: unknown } | null | undefined)?.measures;
  return Array.isArray(measures) ? measures.map((m) => (m as { status?: unknown } | null)?.status) : [];
}

const inLanguage = (measures: Measure[], lang: Lang): WrittenMeasure[] =>
  measures.map((m) => ({ ...m, status: writtenStatus(m.status, lang) }));

/** What growing the plan file came to. */
type PlanWrite =
  | { kind: 'created' | 'added'; count: number }
  | { kind: 'up-to-date' }
  | { kind: 'errors'; diagnostics: Diagnostic[] };
