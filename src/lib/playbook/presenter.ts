/**
 * The presenter view's rules, apart from the page so they can be tested without a browser: which
 * key moves where (clickers send Page Up and Page Down), and the countdown of a play step's time
 * box, which keeps its own clock so it runs on whichever slide is shown. src/client/presenter.ts
 * wires them to the page.
 */

export type SlideMove = 'next' | 'previous' | 'first' | 'last' | 'leave';

export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/** What a key does in the presenter view; `undefined` when the key is not the presenter's. */
export function slideMoveForKey(press: KeyPress): SlideMove | undefined {
  if (press.ctrlKey || press.altKey || press.metaKey) return undefined;
  switch (press.key) {
    case 'ArrowRight':
    case 'ArrowDown':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'ArrowUp':
    case 'PageUp':
      return 'previous';
    case ' ':
      return press.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'Escape':
      return 'leave';
    default:
      return undefined;
  }
}

/** The slide shown after a move: indexes from 0, kept within the deck (no wrapping round). */
export function slideAfter(move: Exclude<SlideMove, 'leave'>, current: number, count: number): number {
  const last = Math.max(0, count - 1);
  switch (move) {
    case 'next':
      return Math.min(last, current + 1);
    case 'previous':
      return Math.max(0, current - 1);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

/** A slide's number from a `#slide-<n>` address (1-based), as an index; `undefined` if none. */
export function slideIndexFromHash(hash: string, count: number): number | undefined {
  const match = /^#slide-(\d+)$/.exec(hash);
  if (!match) return undefined;
  const number = Number(match[1]);
  return number >= 1 && number <= count ? number - 1 : undefined;
}

/** The element id of a slide (1-based in the address, so "#slide-3" is the third). */
export function slideId(index: number): string {
  return `slide-${index + 1}`;
}

export type CountdownStatus = 'ready' | 'running' | 'paused' | 'ended';

/**
 * A countdown as data. While running, the time left is `remainingMs` minus the time since
 * `runningSince`, so the count stays right however seldom it is looked at.
 */
export interface Countdown {
  status: CountdownStatus;
  totalMs: number;
  remainingMs: number;
  /** When it last started or resumed (a monotonic clock in ms), while running. */
  runningSince?: number;
}

/** A countdown of `totalMs`, not started. */
export function readyCountdown(totalMs: number): Countdown {
  return { status: 'ready', totalMs, remainingMs: totalMs };
}

/** The time left at `now`, never below 0. */
export function remainingAt(countdown: Countdown, now: number): number {
  if (countdown.status !== 'running' || countdown.runningSince === undefined) return countdown.remainingMs;
  return Math.max(0, countdown.remainingMs - (now - countdown.runningSince));
}

/** Start, or resume after a pause; an ended countdown starts again from its full length. */
export function startCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.status === 'running') return countdown;
  const remainingMs = countdown.status === 'ended' ? countdown.totalMs : countdown.remainingMs;
  return { status: 'running', totalMs: countdown.totalMs, remainingMs, runningSince: now };
}

export function pauseCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.status !== 'running') return countdown;
  return { status: 'paused', totalMs: countdown.totalMs, remainingMs: remainingAt(countdown, now) };
}

/** The countdown at `now`: a running one whose time is up has ended. */
export function tickCountdown(countdown: Countdown, now: number): Countdown {
  if (countdown.status !== 'running' || remainingAt(countdown, now) > 0) return countdown;
  return { status: 'ended', totalMs: countdown.totalMs, remainingMs: 0 };
}

/** Time left as a clock reads, rounded up to the second: 600000 → "10:00", 61001 → "1:02", 0 → "0:00". */
export function clockText(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = String(seconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}
