/**
 * The one script every page loads, kept small: search from the header (the search itself loads
 * on first use), the searched words marked on a page reached from a result, and copy buttons for
 * the page's links.
 */
import { addCopyButtons } from './copy-link.ts';
import './search-launcher.ts';

addCopyButtons();
