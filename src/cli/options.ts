// Options several commands share, described once. Light on purpose: the command line is built
// from these before any command's own code is loaded.
import { Option } from 'commander';
import { langs } from '../core/lang.js';

export const dirOption = () =>
  new Option('-d, --dir <folder>', 'strategy folder (default: $VM_STRATEGY_DIR, else found from the current folder upwards)');
/** The bundled strategy, only when asked for: it is an example, never a default. */
export const exampleOption = () =>
  new Option('--example', 'use the example strategy bundled with the tool (NTNU Vitenskapsmuseet); output says it is an example').conflicts('dir');
export const langOption = () => new Option('--lang <lang>', 'language of the tool\'s own words').choices(langs).default('nb');
export const colorOption = () => new Option('--no-color', 'no colour (also NO_COLOR=1; FORCE_COLOR forces it)');

/** The --against option of compare, summary and report. */
export const againstOption = (description = 'compare with an older revision: a folder, or a git tag, branch or commit') =>
  new Option('--against <ref>', description);
