// The report as one self-contained HTML page, laid out by the templates in templates/report/
// (or an organisation's own, --template DIR). Eta escapes every interpolation by default;
// the only raw HTML inserted is sanitised Markdown and the templates' own partials.
import { Eta } from 'eta/core';
import { describeShares, groupColours, historyChart, scoreBar, stackedBar } from './charts.js';
import { markdownToSafeHtml } from './markdown-html.js';
import { templateNames, type Templates } from '../../core/report-templates.js';
import { TemplateError } from './templates.js';
import type { ReportView } from './view.js';

function loadEta(templates: Templates): Eta {
  if (/<\/style/i.test(templates.css))
    throw new TemplateError('styles.css', 'the stylesheet must not contain "</style"', 'style-end-tag');
  const eta = new Eta({ autoEscape: true, cache: true, useWith: false });
  for (const name of templateNames) {
    try {
      eta.loadTemplate(`@${name}`, templates.files[name]);
    } catch (error) {
      throw new TemplateError(`${name}.eta`, firstLine(error));
    }
  }
  // A template that throws is named by the innermost render it happened in: every include goes
  // through eta.render, so the partial (title.eta) is blamed, not the page that included it.
  const plainRender = eta.render;
  eta.render = function (this: Eta, template, data, options) {
    try {
      return plainRender.call(this, template, data, options);
    } catch (error) {
      if (error instanceof TemplateError) throw error;
      throw new TemplateError(`${String(template).replace(/^@/, '')}.eta`, firstLine(error));
    }
  } as typeof eta.render;
  return eta;
}

/** Renders a page template; any template failure is a TemplateError that names the template it happened in. */
export function renderPage(templates: Templates, page: 'page' | 'plan', data: object): string {
  const eta = loadEta(templates);
  return eta.render(`@${page}`, { ...data, css: templates.css });
}

export function renderHtmlReport(view: ReportView, templates: Templates): string {
  const { w } = view;
  const data = {
    ...view,
    charts: {
      colours: groupColours,
      overall: stackedBar(view.glance.shares, 600),
      overallLabel: w.chartLabel(w.distribution, describeShares(view.glance.shares)),
      areas: view.glance.areas.map((a) => stackedBar(a.shares, 240)),
      areaLabels: view.glance.areas.map((a) => w.chartLabel(a.title, describeShares(a.shares))),
      scores: view.board.areas.map((a) => scoreBar(a.score, view.board.threshold, 300)),
      visionScore: scoreBar(view.board.vision.score, view.board.threshold, 300),
      overallScore: scoreBar(view.board.overall.score, view.board.threshold, 300),
      history: view.history?.rows.map((r) => historyChart(r.scores, r.texts, view.board.threshold)) ?? [],
    },
    areas: view.areas.map((area) => ({
      ...area,
      ...(area.introduction ? { introductionHtml: markdownToSafeHtml(area.introduction) } : {}),
      ...(area.text ? { textHtml: markdownToSafeHtml(area.text) } : {}),
      chart: stackedBar(area.shares, 360),
      chartLabel: w.chartLabel(area.title, describeShares(area.shares)),
    })),
  };
  return renderPage(templates, 'page', data);
}

const firstLine = (error: unknown) =>
  (error instanceof Error ? error.message : String(error)).split('\n').filter(Boolean).slice(0, 2).join(' ');
