/**
 * The one script every page loads, kept small: search from the header (the search itself loads
 * on first use), the searched words marked on a page reached from a result, copy buttons for
 * the page's links, and offline reading (the service worker and the offline notice).
 */
import { addCopyButtons } from './copy-link.ts';
import './offline.ts';
import './search-launcher.ts';

addCopyButtons();
