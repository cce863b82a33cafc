// Words for finding the strategy folder: what was searched when nothing was found, and the notice
// that output comes from the bundled example strategy.
import type { Lang } from '../core/lang.js';

export interface LocateWords {
  notFound: (searched: string[], stoppedAt: 'repository' | 'root') => string;
  ambiguous: (candidates: string[]) => string;
  missing: (dir: string) => string;
  notAFolder: (dir: string) => string;
  unreadable: (dir: string, code: string) => string;
  missingHint: (how: 'dir' | 'env') => string;
  exampleNotice: string;
  exampleBanner: string;
  exampleMark: string;
}

const list = (paths: string[]) => paths.map((p) => `  ${p}`).join('\n');

export const locateWords: Record<Lang, LocateWords> = {
  nb: {
    notFound: (searched, stoppedAt) =>
      `Fant ingen strategimappe. Søkte etter strategy.yaml, eller en mappe strategy/ eller strategi/, i\n${list(searched)}\n` +
      `(${stoppedAt === 'repository' ? 'søket stopper ved roten av git-depotet' : 'helt opp til rotmappen'}).\n` +
      'Lag en ny med «vm-strategy init strategi», oppgi mappen med --dir (eller VM_STRATEGY_DIR), ' +
      'eller prøv verktøyet på eksempelstrategien med --example.',
    ambiguous: (candidates) => `Fant to strategimapper i samme mappe:\n${list(candidates)}\nVelg en med --dir.`,
    missing: (dir) => `Finner ikke strategimappen ${dir}.`,
    notAFolder: (dir) => `${dir} er ikke en mappe.`,
    unreadable: (dir, code) =>
      code === 'ELOOP'
        ? `Kan ikke lese strategimappen ${dir}: de symbolske lenkene går i ring (ELOOP).`
        : `Kan ikke lese strategimappen ${dir} (${code}). Sjekk at du har lov til å lese mappen.`,
    missingHint: (how) =>
      how === 'env'
        ? 'Mappen kommer fra VM_STRATEGY_DIR; rett den, eller oppgi en mappe med --dir.'
        : 'Oppgi en mappe som finnes med --dir.',
    exampleNotice:
      'vm-strategy: Bruker eksempelstrategien som følger med verktøyet (NTNU Vitenskapsmuseet 2018–2025), ikke din egen.',
    exampleBanner:
      'Laget fra eksempelstrategien som følger med vm-strategy (NTNU Vitenskapsmuseet), ikke fra en egen strategi. ' +
      'Tallene, målene og tiltakene er bare til illustrasjon.',
    exampleMark: 'EKSEMPEL',
  },
  en: {
    notFound: (searched, stoppedAt) =>
      `No strategy folder found. Looked for strategy.yaml, or a folder strategy/ or strategi/, in\n${list(searched)}\n` +
      `(${stoppedAt === 'repository' ? 'the search stops at the root of the git repository' : 'up to the root folder'}).\n` +
      'Make one with "vm-strategy init strategy", name the folder with --dir (or VM_STRATEGY_DIR), ' +
      'or try the tool on the example strategy with --example.',
    ambiguous: (candidates) => `Found two strategy folders in one folder:\n${list(candidates)}\nChoose one with --dir.`,
    missing: (dir) => `Cannot find the strategy folder ${dir}.`,
    notAFolder: (dir) => `${dir} is not a folder.`,
    unreadable: (dir, code) =>
      code === 'ELOOP'
        ? `Cannot read the strategy folder ${dir}: its symbolic links go round in a loop (ELOOP).`
        : `Cannot read the strategy folder ${dir} (${code}). Check that you may read the folder.`,
    missingHint: (how) =>
      how === 'env'
        ? 'The folder comes from VM_STRATEGY_DIR; correct it, or name a folder with --dir.'
        : 'Name a folder that exists with --dir.',
    exampleNotice:
      'vm-strategy: Using the example strategy bundled with the tool (NTNU Vitenskapsmuseet 2018–2025), not your own.',
    exampleBanner:
      'Made from the example strategy bundled with vm-strategy (NTNU Vitenskapsmuseet), not from a strategy of your own. ' +
      'Its numbers, goals and measures are for illustration only.',
    exampleMark: 'EXAMPLE',
  },
};
