// When the tool uses colour: decided once, from --no-color, NO_COLOR, FORCE_COLOR and the terminal.
import { describe, expect, it } from 'vitest';
import { colorLevel } from '../../src/cli/color.js';

const tty = true;
const pipe = false;

describe('colorLevel', () => {
  it('uses basic colour on a terminal and none in a pipe', () => {
    expect(colorLevel(undefined, {}, tty)).toBe(1);
    expect(colorLevel(true, {}, tty)).toBe(1);
    expect(colorLevel(undefined, {}, pipe)).toBe(0);
  });

  it('uses none on a dumb terminal', () => {
    expect(colorLevel(undefined, { TERM: 'dumb' }, tty)).toBe(0);
  });

  it('uses none with --no-color, whatever the environment says', () => {
    expect(colorLevel(false, {}, tty)).toBe(0);
    expect(colorLevel(false, { FORCE_COLOR: '3' }, tty)).toBe(0);
  });

  it('uses none when NO_COLOR is set to anything but the empty string, even with FORCE_COLOR', () => {
    expect(colorLevel(undefined, { NO_COLOR: '1' }, tty)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: 'false' }, tty)).toBe(0);
    expect(colorLevel(undefined, { NO_COLOR: '1', FORCE_COLOR: '1' }, tty)).toBe(0);
  });

  it('ignores an empty NO_COLOR', () => {
    expect(colorLevel(undefined, { NO_COLOR: '' }, tty)).toBe(1);
    expect(colorLevel(undefined, { NO_COLOR: '', FORCE_COLOR: '2' }, pipe)).toBe(2);
  });

  it('forces colour with FORCE_COLOR, also in a pipe, at the level asked for', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '1' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: '' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: 'true' }, pipe)).toBe(1);
    expect(colorLevel(undefined, { FORCE_COLOR: '2' }, pipe)).toBe(2);
    expect(colorLevel(undefined, { FORCE_COLOR: '3' }, pipe)).toBe(3);
    expect(colorLevel(undefined, { FORCE_COLOR: '1', TERM: 'dumb' }, pipe)).toBe(1);
  });

  it('turns colour off with FORCE_COLOR=0 or false, even on a terminal', () => {
    expect(colorLevel(undefined, { FORCE_COLOR: '0' }, tty)).toBe(0);
    expect(colorLevel(undefined, { FORCE_COLOR: 'false' }, tty)).toBe(0);
  });
});
