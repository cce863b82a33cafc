// When the tool uses colour: decided once, from --color/--no-color, FORCE_COLOR, NO_COLOR and the
// terminal, in that order (as Node.js decides it, with the command line first).
import type { Command } from 'commander';
import { testIo } from '../helpers/cli.js';
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';
import { buildProgram } from '../../src/cli/program.js';
import { langs } from '../../src/core/lang.js';

const tty = true;
const pipe = false;

describe('colorLevel', () => {
  it('uses basic colour on a terminal and none in a pipe', () => {
    expect(colorLevel(undefined, {}, tty)).toBe(1);
    expect(colorLevel(undefined, {}, pipe)).toBe(0);
  });

  it('uses none on a dumb terminal', () => {
    expect(colorLevel(undefined, { TERM: 'dumb' }, tty)).toBe(0);
  });

  it('uses none with --no-color, whatever the environment says', () => {
    expect(colorLevel(false, {}, tty)).toBe(0);
    expect(colorLevel(false, { FORCE_COLOR: '3' }, tty)).toBe(0);
    expect(colorLevel(false, { FORCE_COLOR: '1', NO_COLOR: '' }, pipe)).toBe(0);
  });

  it('uses colour with --color, whatever the environment says, also in a pipe and on a dumb terminal', () => {
    expect(colorLevel(true, {}, pipe)).toBe(1);
    expect(colorLevel(true, {}, tty)).toBe(1);
    expect(colorLevel(true, { NO_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel(true, { FORCE_COLOR: '0' }, pipe)).toBe(1);
    expect(colorLevel(true, { FORCE_COLOR: 'false', NO_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel(true, { TERM: 'dumb' }, tty)).toBe(1);
  });

  it('with --color, takes the number of colours from FORCE_COLOR=2 or 3', () => {
    expect(colorLevel(true, { FORCE_COLOR: '2' }, pipe)).toBe(2);
    expect(colorLevel(true, { FORCE_COLOR: '3', NO_COLOR: '1' }, pipe)).toBe(3);
  });

  it('uses none when NO_COLOR is set to anything but the empty string, and nothing forces colour', () => {
    expect(colorLevel(undefined, { NO_COLOR: '1' }, tty)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: 'false' }, tty)).toBe(0);
  });

  it('lets FORCE_COLOR beat NO_COLOR, as Node.js does', () => {
    expect(colorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '3' }, pipe)).toBe(3);
    expect(colorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '0' }, tty)).toBe(0);
  });

  it('ignores an empty NO_COLOR', () => {
    expect(colorLevel(undefined, { NO_COLOR: '' }, tty)).toBe(1);
    expect(colorLevel(undefined, { NO_COLOR: '', FORCE_COLOR: '2' }, pipe)).toBe(2);
  });

  it('forces colour with FORCE_COLOR, also in a pipe, at the level asked for', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: '' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: 'true' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: 'yes' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: '2' }, pipe)).toBe(2);
    expect(colorLevel(undefined, { FORCE_COLOR: '3' }, pipe)).toBe(3);
    expect(colorLevel(undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, pipe)).toBe(1);
  });

  it('turns colour off with FORCE_COLOR=0 or false, even on a terminal', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '0' }, tty)).toBe(0);
    expect(colorLevel(undefined, { FORCE_COLOR: 'false' }, tty)).toBe(0);
  });
});

/** Every command of the program and the program itself. */
const commands = (program: Command): Command[] => [program, ...program.commands.flatMap(commands)];

describe('the colour flags of the commands', () => {
  it.for(langs)(
    'every command with --no-color has --color, and neither flag given leaves the choice to colorLevel (%s)',
    (lang) => {
      const program = buildProgram(testIo(), { exitCode: 0 }, lang);
      const withNoColor = commands(program).filter((c) => c.options.some((o) => o.long === '--no-color'));
      expect(withNoColor.map((c) => c.name()).sort()).toEqual([
        'assess',
        'compare',
        'import',
        'plan',
        'report',
        'summary',
        'validate',
      ]);
      for (const command of withNoColor) {
        expect(
          command.options.some((o) => o.long === '--color'),
          command.name(),
        ).toBe(true);
        // true would read as --color: commander sets it when --no-color is registered alone or first.
        expect(command.getOptionValue('color'), command.name()).toBeUndefined();
      }
    },
  );
});
