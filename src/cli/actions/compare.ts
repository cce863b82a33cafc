import { analyse } from '../../core/analyse.js';
import type { Lang } from '../../core/lang.js';
import { compareFormats } from '../../render/compare/index.js';
import type { CompareFormat } from '../../render/format-names.js';
import { reportDate } from '../clock.js';
import { makeChalk } from '../color.js';
import { loadComparison } from '../comparison.js';
import { loadSoundModel } from '../data-errors.js';
import type { Io, Outcome } from '../io.js';
import { terminalWidth } from '../terminal.js';

export interface CompareOptions {
  against: string;
  dir?: string;
  example?: boolean;
  format: CompareFormat;
  lang: Lang;
  color?: boolean;
}

export async function compare(options: CompareOptions, io: Io, outcome: Outcome): Promise<void> {
  const sound = await loadSoundModel(options, io, outcome);
  if (!sound) return;
  const older = await loadComparison(sound, options.against, options, io, outcome);
  if (!older) return;
  const { comparison } = analyse(sound.model, { today: reportDate(io), comparison: { before: older.before } });
  io.out(
    compareFormats[options.format](
      { comparison, against: older.against },
      {
        lang: options.lang,
        chalk: makeChalk(options.color, io.stdout, io.env),
        width: terminalWidth(io.stdout, io.env),
      },
    ),
  );
}
