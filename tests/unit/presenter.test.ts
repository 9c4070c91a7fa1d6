import { describe, expect, it } from 'vitest';
import {
  clockText,
  pauseCountdown,
  readyCountdown,
  remainingAt,
  type SlideMove,
  slideAfter,
  slideIndexFromHash,
  slideMoveForKey,
  startCountdown,
  tickCountdown,
} from '../../src/lib/playbook/presenter.ts';

const press = (key: string, modifiers: Partial<{ shiftKey: boolean; ctrlKey: boolean }> = {}) =>
  slideMoveForKey({ key, shiftKey: false, ctrlKey: false, altKey: false, metaKey: false, ...modifiers });

describe('keys in the presenter view', () => {
  it('moves forward with the right and down arrows, Page Down (clickers) and space', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((key) => press(key))).toEqual<SlideMove[]>([
      'next',
      'next',
      'next',
      'next',
    ]);
  });

  it('moves back with the left and up arrows, Page Up and Shift+space', () => {
    expect(press('ArrowLeft')).toBe('previous');
    expect(press('ArrowUp')).toBe('previous');
    expect(press('PageUp')).toBe('previous');
    expect(press(' ', { shiftKey: true })).toBe('previous');
  });

  it('goes to the ends with Home and End and leaves with Esc', () => {
    expect(press('Home')).toBe('first');
    expect(press('End')).toBe('last');
    expect(press('Escape')).toBe('leave');
  });

  it('leaves other keys and browser shortcuts alone', () => {
    expect(press('a')).toBeUndefined();
    expect(press('Enter')).toBeUndefined();
    expect(press('ArrowRight', { ctrlKey: true })).toBeUndefined();
  });
});

describe('moving between slides', () => {
  it('stays within the deck, without wrapping round', () => {
    expect(slideAfter('next', 0, 5)).toBe(1);
    expect(slideAfter('next', 4, 5)).toBe(4);
    expect(slideAfter('previous', 0, 5)).toBe(0);
    expect(slideAfter('previous', 3, 5)).toBe(2);
    expect(slideAfter('first', 3, 5)).toBe(0);
    expect(slideAfter('last', 1, 5)).toBe(4);
  });

  it('reads the slide from the address, numbered from 1, and ignores numbers outside the deck', () => {
    expect(slideIndexFromHash('#slide-3', 5)).toBe(2);
    expect(slideIndexFromHash('#slide-5', 5)).toBe(4);
    expect(slideIndexFromHash('#slide-6', 5)).toBeUndefined();
    expect(slideIndexFromHash('#slide-0', 5)).toBeUndefined();
    expect(slideIndexFromHash('#steps', 5)).toBeUndefined();
    expect(slideIndexFromHash('', 5)).toBeUndefined();
  });
});

describe('a step timer’s countdown', () => {
  it('counts down from when it starts, and keeps the time left across a pause', () => {
    const started = startCountdown(readyCountdown(60_000), 1_000);
    expect(remainingAt(started, 11_000)).toBe(50_000);
    const paused = pauseCountdown(started, 21_000);
    expect(paused).toEqual({ status: 'paused', totalMs: 60_000, remainingMs: 40_000 });
    expect(remainingAt(paused, 999_000)).toBe(40_000);
    const resumed = startCountdown(paused, 100_000);
    expect(remainingAt(resumed, 130_000)).toBe(10_000);
  });

  it('ends when the time is up, at 0, and starts again from its full length', () => {
    const started = startCountdown(readyCountdown(2_000), 0);
    expect(tickCountdown(started, 1_999).status).toBe('running');
    const ended = tickCountdown(started, 2_500);
    expect(ended).toEqual({ status: 'ended', totalMs: 2_000, remainingMs: 0 });
    expect(remainingAt(startCountdown(ended, 10_000), 10_500)).toBe(1_500);
  });

  it('does nothing when started twice or paused when not running', () => {
    const started = startCountdown(readyCountdown(5_000), 0);
    expect(startCountdown(started, 3_000)).toBe(started);
    const ready = readyCountdown(5_000);
    expect(pauseCountdown(ready, 3_000)).toBe(ready);
  });

  it('reads like a clock, rounded up to the second', () => {
    expect(clockText(600_000)).toBe('10:00');
    expect(clockText(61_001)).toBe('1:02');
    expect(clockText(59_000)).toBe('0:59');
    expect(clockText(1)).toBe('0:01');
    expect(clockText(0)).toBe('0:00');
    expect(clockText(-5)).toBe('0:00');
    expect(clockText(3_725_000)).toBe('1:02:05');
  });
});
