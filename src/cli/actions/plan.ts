import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { modeline } from '../../core/json-schema.js';
import type { Lang } from '../../core/lang.js';
import { appendMeasures, newPlanText, PlanEditError } from '../../core/plan-edit.js';
import { defaultPeriod, missingMeasures } from '../../core/plan.js';
import { readYamlAs } from '../../core/schema-issues.js';
import { planSchema, type Measure, type WrittenMeasure } from '../../core/schema.js';
import { statusLanguage, writtenStatus } from '../../core/status.js';
import { splitBom } from '../../core/yaml-source.js';
import { cliWords, type CliWords } from '../../i18n/cli-words.js';
import { planWords } from '../../i18n/plan-words.js';
import type { PlanFormat } from '../../render/format-names.js';
import { renderPlanMarkdown } from '../../render/plan/markdown.js';
import { buildPlanView } from '../../render/plan/view.js';
import { reportDate, reportVersion } from '../clock.js';
import { loadSoundModel, printDataErrors } from '../data-errors.js';
import { exitCodes, UserError } from '../exit-codes.js';
import { loadTemplates, renderOrExplain, writeOutput } from '../output.js';
import type { Io, Outcome } from '../program.js';

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
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const { model } = sound;
  const cw = cliWords[options.lang];
  const wholeNumber = (raw: string | undefined, option: string, min: number, max: number): number | undefined => {
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) throw new UserError(cw.wholeNumber(option, min, max, raw));
    return Number(raw);
  };
  const period = defaultPeriod(model, wholeNumber(options.from, '--from', 1900, 2200), wholeNumber(options.years, '--years', 1, 20));
  const pw = planWords[options.lang];
  // New measures are written in the output's language (their title and notes are), unless the
  // file's measures already use one language for their statuses: then the file stays uniform.
  const written = (measures: Measure[], data?: unknown) => inLanguage(measures, statusLanguage(statusesIn(data)) ?? options.lang);
  const today = reportDate();

  if (options.format === 'yaml') {
    const wording = { title: pw.skeletonTitle, notes: pw.skeletonNotes };
    const header = pw.fileHeader(period, model.strategy.organisation);
    if (options.output === undefined) {
      // A preview of the plan file: the strategy's own plan for the period, grown, or a new one.
      const own = model.plans.find((p) => p.plan.period.from === period.from && p.plan.period.to === period.to);
      const text = own
        ? appendMeasures(own.source.text, written(missingMeasures(model, own.plan, period, wording), own.source.data))
        : newPlanText(period, written(missingMeasures(model, undefined, period, wording)), header);
      io.out(text);
      return;
    }
    const target = path.resolve(options.output);
    const existing = await readExisting(target, cw);
    if (existing === null) {
      const measures = missingMeasures(model, undefined, period, wording);
      // The editor modeline's path to schemas/ is right only for a file in the strategy's plans/.
      const inPlans = path.dirname(target) === path.join(path.resolve(sound.dir), 'plans');
      const line = inPlans ? modeline('plan', `plans/${path.basename(target)}`) : undefined;
      await writeOutput(io, options.output, newPlanText(period, written(measures), header, line), options.lang, { expect: null }, pw.created(measures.length, options.output));
      return;
    }
    const { value: plan, source, diagnostics } = readYamlAs({ path: options.output, display: options.output, bytes: existing }, planSchema);
    if (!plan) {
      printDataErrors(io, { diagnostics, files: 1 }, options);
      outcome.exitCode = exitCodes.problems;
      return;
    }
    const measures = missingMeasures(model, plan, period, wording);
    if (measures.length === 0) {
      io.err(`${pw.upToDate(options.output)}\n`);
      return;
    }
    // parseYaml above has already refused bytes that are not UTF-8.
    const { bom, text } = splitBom(existing)!;
    let grown: string;
    try {
      grown = appendMeasures(text, written(measures, source?.data));
    } catch (error) {
      if (error instanceof PlanEditError) throw new UserError(cw.planEdit[error.reason](options.output));
      throw error;
    }
    await writeOutput(io, options.output, bom + grown, options.lang, { expect: existing }, pw.added(measures.length, options.output));
    return;
  }

  const view = buildPlanView(model, { lang: options.lang, generated: today, version: reportVersion(), period, today, example: sound.example });
  if (options.format === 'md') {
    const markdown = renderPlanMarkdown(view);
    if (options.output === undefined) io.out(markdown);
    else await writeOutput(io, options.output, markdown, options.lang);
    return;
  }
  const templates = await loadTemplates(options.template, options.lang);
  const { renderPage } = await import('../../render/report/html.js');
  const html = renderOrExplain(() => renderPage(templates, 'plan', view), options.lang);
  await writeOutput(io, options.output ?? 'plan.html', html, options.lang);
}

/** The statuses as written in a plan file's data (before they are read as canonical values). */
function statusesIn(data: unknown): unknown[] {
  const measures = (data as { measures?: unknown } | null | undefined)?.measures;
  return Array.isArray(measures) ? measures.map((m) => (m as { status?: unknown } | null)?.status) : [];
}

const inLanguage = (measures: Measure[], lang: Lang): WrittenMeasure[] => measures.map((m) => ({ ...m, status: writtenStatus(m.status, lang) }));

async function readExisting(file: string, cw: CliWords): Promise<Uint8Array | null> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    throw new UserError(cw.cannotRead(file, code ?? String(error)));
  }
}
