/**
 * Every page's permanent short link as a reader sees it: `/p/<id>/` made absolute with the
 * configured site and base, so it can be read out in a workshop, typed from a handout or
 * scanned from a QR code. Pure.
 */
import { permalinkPath, withBase } from './routes.ts';

export interface ShortLink {
  id: string;
  /** The full URL, e.g. `https://playbook.example.org/p/business-bio/`. */
  url: string;
  /** The URL without its scheme, for print and for reading aloud. */
  display: string;
}

export function shortLink(id: string, site: string, base: string): ShortLink {
  const url = new URL(withBase(base, permalinkPath(id)), site).href;
  return { id, url, display: url.replace(/^https?:\/\//, '') };
}
