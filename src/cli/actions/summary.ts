import type { Lang } from '../../core/lang.js';
import { analyse } from '../../core/analyse.js';
import type { SummaryFormat } from '../../render/format-names.js';
import { summaryFormats } from '../../render/summary/index.js';
import { reportDate } from '../clock.js';
import { makeChalk } from '../color.js';
import { loadSoundModel } from '../data-errors.js';
import { UserError } from '../exit-codes.js';
import type { Io, Outcome } from '../io.js';
import { terminalWidth } from '../terminal.js';
import { words } from '../../i18n/words.js';

export interface SummaryOptions {
  dir?: string;
  example?: boolean;
  format: SummaryFormat;
  lang: Lang;
  color?: boolean;
  against?: string;
  history?: string[];
  excel?: boolean;
}

export async function summary(options: SummaryOptions, io: Io, outcome: Outcome): Promise<void> {
  if (options.excel && options.format !== 'csv') throw new UserError(words[options.lang].excelNeedsCsv(options.format));
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const { model } = sound;
  const revisions = await (await import('../comparison.js')).loadRevisions(sound, options, io, outcome);
  if (revisions.stop) return;
  const { older, history } = revisions;
  const analysis = analyse(model, {
    today: reportDate(io),
    ...(older ? { comparison: { before: older.before } } : {}),
    ...(history ? { history } : {}),
  });
  const input = {
    analysis,
    ...(older && analysis.comparison
      ? { comparison: { comparison: analysis.comparison, against: older.against } }
      : {}),
    example: sound.example,
  };
  io.out(
    summaryFormats[options.format](input, {
      lang: options.lang,
      chalk: makeChalk(options.color, io.stdout, io.env),
      width: terminalWidth(io.stdout, io.env),
      excel: options.excel === true,
    }),
  );
}
