/**
 * Checks a built site: every internal link and asset resolves to a file in the output folder,
 * and every `#anchor` exists on the page it points to. Links include redirects' targets (the
 * `/p/` short links and moved pages) and the link-preview tags' page and image. Citations are links to passage anchors,
 * so this is how a citation is proven to land.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ELEMENT_NODE, parse, walkSync } from 'ultrahtml';

export interface BrokenLink {
  /** The page holding the link, relative to the output folder. */
  page: string;
  href: string;
  reason: string;
}

export interface LinkReport {
  pages: number;
  links: number;
  broken: BrokenLink[];
}

interface PageInfo {
  ids: Set<string>;
  links: { attr: string; value: string }[];
}

const LINK_ATTRS: Record<string, string[]> = {
  a: ['href'],
  link: ['href'],
  script: ['src'],
  img: ['src'],
  source: ['src'],
  form: ['action'],
  iframe: ['src'],
};

function listHtml(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

function readPage(file: string): PageInfo {
  const ids = new Set<string>();
  const links: PageInfo['links'] = [];
  walkSync(parse(fs.readFileSync(file, 'utf8')), (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attributes = node.attributes as Record<string, string>;
    if (attributes.id) ids.add(attributes.id);
    if (node.name === 'a' && attributes.name) ids.add(attributes.name);
    for (const attr of LINK_ATTRS[node.name] ?? []) {
      const value = attributes[attr];
      if (value !== undefined) links.push({ attr, value });
    }
    if (node.name === 'meta') {
      // A redirect's target (short links, moved pages) and the link preview's page and image.
      const refresh =
        attributes['http-equiv']?.toLowerCase() === 'refresh'
          ? attributes.content?.match(/url=(.+)$/i)?.[1]
          : undefined;
      if (refresh) links.push({ attr: 'http-equiv=refresh', value: refresh.trim() });
      if (['og:url', 'og:image'].includes(attributes.property ?? '') && attributes.content)
        links.push({ attr: attributes.property ?? '', value: attributes.content });
    }
  });
  return { ids, links };
}

/**
 * @param outDir the built site folder
 * @param base the deploy base path (`/` or `/playbook/`); links outside it are reported
 * @param site the deployed origin, so absolute links to the site itself are checked too
 */
export function checkLinks(outDir: string, base = '/', site?: string): LinkReport {
  const files = listHtml(outDir);
  const pages = new Map(files.map((file) => [file, readPage(file)]));
  const broken: BrokenLink[] = [];
  let links = 0;

  for (const [file, info] of pages) {
    const pageUrl = new URL(
      `http://site.invalid${base}${path.relative(outDir, file).split(path.sep).join('/')}`,
    );
    for (const { value } of info.links) {
      if (/^(?:mailto:|tel:|data:|javascript:)/i.test(value)) continue;
      let url: URL;
      try {
        url = new URL(
          value.replace(/^https?:\/\/[^/]+/i, (origin) =>
            site && origin === new URL(site).origin ? '' : origin,
          ),
          pageUrl,
        );
      } catch {
        broken.push({ page: path.relative(outDir, file), href: value, reason: 'is not a valid URL' });
        continue;
      }
      if (url.origin !== pageUrl.origin) continue; // external
      links++;
      const report = (reason: string) =>
        broken.push({ page: path.relative(outDir, file), href: value, reason });
      if (!url.pathname.startsWith(base)) {
        report(`is outside the base path ${base}`);
        continue;
      }
      const target = resolveTarget(outDir, decodeURIComponent(url.pathname.slice(base.length)));
      if (!target) {
        report('points to no file in the built site');
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html')) {
        const targetInfo = pages.get(target) ?? readPage(target);
        if (!targetInfo.ids.has(fragment))
          report(`has no element with id="${fragment}" on ${path.relative(outDir, target)}`);
      }
    }
  }
  return { pages: files.length, links, broken };
}

function resolveTarget(outDir: string, relative: string): string | undefined {
  const candidates =
    relative === '' || relative.endsWith('/')
      ? [`${relative}index.html`]
      : [relative, `${relative}.html`, `${relative}/index.html`];
  for (const candidate of candidates) {
    const full = path.join(outDir, candidate);
    if (full.startsWith(outDir) && fs.existsSync(full) && fs.statSync(full).isFile()) return full;
  }
  return undefined;
}
