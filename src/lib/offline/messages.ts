/**
 * What a page and the offline service worker say to each other, and what the page tells the
 * reader. A page asks for the next precache batch with `PRECACHE_REQUEST`; the worker answers
 * each ask with a `PrecacheReport`.
 */

export const PRECACHE_REQUEST = { type: 'precache' } as const;
const REPORT = 'precache-progress';

/** Why the worker stopped precaching for now; the next page load asks again. */
export type PrecacheProblem =
  /** The network failed: the reader is offline, or the Wi-Fi dropped. */
  | 'network'
  /** The browser refused to store more for this site. */
  | 'storage'
  /**
   * A file the network returned is not the one this build listed: a newer build is being
   * deployed (the worker then checks for it), or the network rewrites pages (a Wi-Fi login page).
   * Nothing it returned is kept.
   */
  | 'changed';

export interface PrecacheReport {
  type: typeof REPORT;
  /** The build being precached (the manifest's version). */
  version: string;
  /** Files of the build stored so far, of `total`. */
  done: number;
  total: number;
  complete: boolean;
  problem?: PrecacheProblem;
}

const typeOf = (data: unknown): unknown =>
  typeof data === 'object' && data !== null ? (data as { type?: unknown }).type : undefined;

/** The worker's answer, with `type` set. */
export function precacheReport(report: Omit<PrecacheReport, 'type'>): PrecacheReport {
  return { type: REPORT, ...report };
}

export function isPrecacheReport(data: unknown): data is PrecacheReport {
  return typeOf(data) === REPORT;
}

export function isPrecacheRequest(data: unknown): boolean {
  return typeOf(data) === PRECACHE_REQUEST.type;
}

/**
 * The status line of a page: empty while online (no notice needed), one sentence when offline,
 * saying how much of the playbook is on this device.
 */
export function offlineNotice(online: boolean, report: PrecacheReport | undefined): string {
  if (online) return '';
  if (report?.complete)
    return 'You are offline. The whole playbook, search included, is saved on this device.';
  if (report && report.total > 0) {
    const share = Math.floor((100 * report.done) / report.total);
    return `You are offline. ${share}% of the playbook was saved on this device: some pages may not open.`;
  }
  return 'You are offline. Only pages this device has already saved will open.';
}
