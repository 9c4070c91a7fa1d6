/**
 * Offline reading, from every page (page.ts): once the page has loaded, registers the service
 * worker (service-worker.ts) for the whole base path and, once the page is idle, asks it to
 * precache the playbook one batch after another; a notice at the top of the page's main text
 * says when the browser is offline. With Save-Data on, nothing is precached: only the pages
 * opened are kept.
 *
 * How far the precache is shows on <html>: `data-offline` is "saving", "ready" or "paused",
 * `data-offline-progress` "files done/total", `data-offline-version` the build's version.
 */
import { SERVICE_WORKER_FILE } from '../lib/offline/manifest.ts';
import {
  isPrecacheReport,
  offlineNotice,
  PRECACHE_REQUEST,
  type PrecacheReport,
} from '../lib/offline/messages.ts';

const root = document.documentElement;
const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
let registration: ServiceWorkerRegistration | undefined;
let last: PrecacheReport | undefined;
/** One ask at a time: the worker answers each with a report, and the next ask follows it. */
let asking = false;
let clearing: number | undefined;

/**
 * The offline notice: a polite live region, there (empty and visually hidden) from the start so
 * that a change is announced, shown as the site's notice box in the flow of the text while it
 * has something to say, and never printed. Made here rather than in the layout, so that pages
 * carry no bytes for it (page budgets) and the site's existing styles are all it needs.
 */
const status = document.createElement('div');
status.setAttribute('role', 'status');
status.dataset.offlineStatus = '';
document.querySelector('main')?.prepend(status);

/** Changes the notice only when its text changes, so a screen reader hears each state once. */
function say(text: string): void {
  status.className = text ? 'notice no-print' : 'visually-hidden no-print';
  if (status.textContent !== text) status.textContent = text;
}

function showConnection(changed: boolean): void {
  window.clearTimeout(clearing);
  const notice = offlineNotice(navigator.onLine, last);
  if (notice || !changed || !status.textContent) {
    say(notice);
    return;
  }
  say('Back online.');
  clearing = window.setTimeout(() => say(''), 5000);
}

function ask(): void {
  const worker = registration && (navigator.serviceWorker.controller ?? registration.active);
  if (asking || saveData || !worker) return;
  asking = true;
  worker.postMessage(PRECACHE_REQUEST);
}

/** The first ask waits until the page is idle; the batches then run in the worker, off this thread. */
function askWhenIdle(): void {
  if ('requestIdleCallback' in window) requestIdleCallback(ask, { timeout: 2000 });
  else setTimeout(ask, 100);
}

async function start(): Promise<void> {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  registration = await navigator.serviceWorker.register(`${base}${SERVICE_WORKER_FILE}`, { scope: base });
  await navigator.serviceWorker.ready;
  askWhenIdle();
}

addEventListener('offline', () => showConnection(true));
addEventListener('online', () => {
  showConnection(true);
  asking = false;
  ask();
});
showConnection(false);

if ('serviceWorker' in navigator && import.meta.env.PROD) {
  navigator.serviceWorker.addEventListener('message', (event) => {
    if (!isPrecacheReport(event.data)) return;
    asking = false;
    last = event.data;
    root.dataset.offline = last.complete ? 'ready' : last.problem ? 'paused' : 'saving';
    root.dataset.offlineProgress = `${last.done}/${last.total}`;
    root.dataset.offlineVersion = last.version;
    if (!navigator.onLine) say(offlineNotice(false, last));
    // At once, not on a timer: timers and idle callbacks are throttled in a background tab.
    if (!last.complete && !last.problem) ask();
  });
  // A new build's worker has taken over: precache its files (mostly copied from the last build's).
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    asking = false;
    ask();
  });
  if (document.readyState === 'complete') void start();
  else addEventListener('load', () => void start(), { once: true });
}
