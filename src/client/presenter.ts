/**
 * The presenter view, loaded only on /present/… pages.
 * - <x-presenter> shows one slide at a time over the whole screen. Arrow keys, Page Up/Down (what
 *   clickers send) and space move, Home and End go to the ends, Esc leaves to the page; the slide
 *   shown is kept in the address (#slide-3) so a reload or Back returns to it.
 * - <x-step-timer> counts a play step's time box down with Start/Pause and Reset. It keeps its own
 *   clock, so it runs on whichever slide is shown; the bar lists timers running on other slides.
 *   When a box ends, the timer inverts and says "Time is up", and the deck announces it.
 * The rules (keys, moves, the countdown) are pure and tested: src/lib/playbook/presenter.ts.
 */
import {
  type Countdown,
  clockText,
  pauseCountdown,
  readyCountdown,
  remainingAt,
  slideAfter,
  slideId,
  slideIndexFromHash,
  slideMoveForKey,
  startCountdown,
  tickCountdown,
} from '../lib/playbook/presenter.ts';

const TICK_MS = 200;
/** The event a timer sends (bubbling) whenever what it shows changes. */
const TIMER_EVENT = 'step-timer-change';

class StepTimer extends HTMLElement {
  private countdown: Countdown = readyCountdown(0);
  private interval: ReturnType<typeof setInterval> | undefined;
  private wired = false;

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    this.countdown = readyCountdown(this.lengthMs());
    this.querySelector('[data-timer-toggle]')?.addEventListener('click', () => this.toggle());
    this.querySelector('[data-timer-reset]')?.addEventListener('click', () => this.reset());
    this.querySelector<HTMLElement>('[data-timer-live]')?.removeAttribute('hidden');
    this.render();
  }

  disconnectedCallback(): void {
    this.stopTicking();
  }

  /** Time left as the clock shows it. */
  get clock(): string {
    return clockText(remainingAt(this.countdown, performance.now()));
  }

  get status(): Countdown['status'] {
    return this.countdown.status;
  }

  /** The box's length from `data-seconds`, read each time the countdown starts afresh. */
  private lengthMs(): number {
    const seconds = Number(this.dataset.seconds);
    return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
  }

  private toggle(): void {
    const now = performance.now();
    if (this.countdown.status === 'running') {
      this.countdown = pauseCountdown(this.countdown, now);
      this.stopTicking();
    } else {
      if (this.countdown.status !== 'paused') this.countdown = readyCountdown(this.lengthMs());
      this.countdown = startCountdown(this.countdown, now);
      this.interval ??= setInterval(() => this.tick(), TICK_MS);
    }
    this.render();
  }

  private reset(): void {
    this.stopTicking();
    this.countdown = readyCountdown(this.lengthMs());
    this.render();
  }

  private tick(): void {
    const before = this.countdown.status;
    this.countdown = tickCountdown(this.countdown, performance.now());
    if (this.countdown.status !== 'running') this.stopTicking();
    this.render(before === 'running' && this.countdown.status === 'ended');
  }

  private stopTicking(): void {
    clearInterval(this.interval);
    this.interval = undefined;
  }

  private render(justEnded = false): void {
    const { status } = this.countdown;
    const remaining = remainingAt(this.countdown, performance.now());
    this.dataset.state = status;
    // The clock in milliseconds, for tests and tools: the display only changes once a second.
    this.dataset.remainingMs = String(Math.round(remaining));
    const display = this.querySelector('[data-timer-display]');
    if (display) display.textContent = clockText(remaining);
    const ended = this.querySelector<HTMLElement>('[data-timer-ended]');
    if (ended) ended.hidden = status !== 'ended';
    const toggle = this.querySelector('[data-timer-toggle]');
    if (toggle) {
      toggle.textContent = { ready: 'Start', running: 'Pause', paused: 'Resume', ended: 'Start again' }[
        status
      ];
    }
    this.dispatchEvent(new CustomEvent(TIMER_EVENT, { bubbles: true, detail: { justEnded } }));
  }
}

/** Keys typed into a field are the field's. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** Space on a button presses the button rather than turning the slide. */
function isButton(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, summary, [role="button"]') !== null;
}

class Presenter extends HTMLElement {
  private slides: HTMLElement[] = [];
  private current = 0;
  private readonly onKey = (event: KeyboardEvent) => this.handleKey(event);
  private readonly onHash = () => {
    const index = slideIndexFromHash(location.hash, this.slides.length);
    if (index !== undefined && index !== this.current) this.show(index);
  };

  connectedCallback(): void {
    this.slides = [...this.querySelectorAll<HTMLElement>('[data-slide]')];
    if (this.slides.length === 0 || this.dataset.presenting !== undefined) return;
    this.dataset.presenting = '';
    const previous = this.querySelector<HTMLButtonElement>('[data-slide-previous]');
    const next = this.querySelector<HTMLButtonElement>('[data-slide-next]');
    for (const [button, move] of [
      [previous, 'previous'],
      [next, 'next'],
    ] as const) {
      if (!button) continue;
      button.hidden = false;
      button.addEventListener('click', () => this.show(slideAfter(move, this.current, this.slides.length)));
    }
    this.addEventListener(TIMER_EVENT, (event) => this.onTimer(event as CustomEvent<{ justEnded: boolean }>));
    document.addEventListener('keydown', this.onKey);
    window.addEventListener('hashchange', this.onHash);
    this.show(slideIndexFromHash(location.hash, this.slides.length) ?? 0, { quiet: true });
  }

  disconnectedCallback(): void {
    document.removeEventListener('keydown', this.onKey);
    window.removeEventListener('hashchange', this.onHash);
  }

  private handleKey(event: KeyboardEvent): void {
    if (event.defaultPrevented || isTyping(event.target) || document.querySelector('dialog[open]')) return;
    const move = slideMoveForKey(event);
    if (!move || (event.key === ' ' && isButton(event.target))) return;
    event.preventDefault();
    if (move === 'leave') location.assign(this.dataset.page ?? '../../../');
    else this.show(slideAfter(move, this.current, this.slides.length));
  }

  private show(index: number, { quiet = false } = {}): void {
    const focusWasOnSlide = this.slides[this.current]?.contains(document.activeElement) ?? false;
    this.current = index;
    for (const [i, slide] of this.slides.entries()) slide.hidden = i !== index;
    const slide = this.slides[index];
    if (!slide) return;
    history.replaceState(history.state, '', `#${slideId(index)}`);
    this.querySelector('[data-slides]')?.scrollTo({ top: 0 });
    this.setDisabled('[data-slide-previous]', index === 0);
    this.setDisabled('[data-slide-next]', index === this.slides.length - 1);
    if (focusWasOnSlide) slide.focus();
    else if (!quiet) {
      const title = slide.querySelector('.slide-title')?.textContent ?? '';
      this.say('[data-slide-status]', `Slide ${index + 1} of ${this.slides.length}: ${title}`);
    }
    this.showOtherTimers();
  }

  private setDisabled(selector: string, disabled: boolean): void {
    this.querySelector(selector)?.setAttribute('aria-disabled', String(disabled));
  }

  private say(selector: string, text: string): void {
    const region = this.querySelector(selector);
    if (!region) return;
    region.textContent = '';
    // Set after a frame, so the same words are announced again.
    requestAnimationFrame(() => {
      region.textContent = text;
    });
  }

  private onTimer(event: CustomEvent<{ justEnded: boolean }>): void {
    const timer = event.target;
    if (event.detail.justEnded && timer instanceof HTMLElement) {
      this.say('[data-timer-status]', `Time is up: ${timer.dataset.label ?? 'the time box'}.`);
    }
    this.showOtherTimers();
  }

  /** One button per started timer on another slide, with its time left; it goes to that slide. */
  private showOtherTimers(): void {
    const bar = this.querySelector<HTMLElement>('[data-background-timers]');
    if (!bar) return;
    for (const [index, slide] of this.slides.entries()) {
      const timer = slide.querySelector('x-step-timer');
      if (!(timer instanceof StepTimer)) continue;
      let button = bar.querySelector<HTMLButtonElement>(`[data-goes-to="${index}"]`);
      const shown = index !== this.current && timer.status !== 'ready';
      if (!shown) {
        if (button?.contains(document.activeElement)) this.slides[this.current]?.focus();
        button?.remove();
        continue;
      }
      if (!button) {
        button = document.createElement('button');
        button.type = 'button';
        button.className = 'presenter-button';
        button.dataset.goesTo = String(index);
        button.addEventListener('click', () => this.show(index));
        bar.append(button);
      }
      const label = timer.dataset.label ?? `Slide ${index + 1}`;
      const text = {
        ready: '',
        running: `${label}: ${timer.clock}`,
        paused: `${label}: ${timer.clock}, paused`,
        ended: `${label}: time is up`,
      }[timer.status];
      if (button.textContent !== text) button.textContent = text;
      button.dataset.state = timer.status;
    }
  }
}

customElements.define('x-step-timer', StepTimer);
customElements.define('x-presenter', Presenter);
