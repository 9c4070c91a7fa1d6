/**
 * Section links for the headings of every Markdown and MDX body (`##` and `###`): the same
 * markup as src/components/headings/Heading.astro, so a `.md` guide gets the `#` link and the
 * copy button an `.mdx` one does, and MDX needs no heading components (each one was a component
 * render per heading, per page).
 *
 * A Sätteri hast plugin (Astro 7's Markdown processor). Astro's own heading-ids plugin runs after
 * the ones a project adds, so this one gives every heading its id first, with the same slugger
 * and the same text, in the same order: Astro then keeps those ids and lists the headings as
 * before. The link has no text of its own (its `#` comes from CSS): Astro reads a heading's text
 * for the page's contents list, which must not end in `#`.
 */
import GithubSlugger from 'github-slugger';
import type { HastPluginDefinition, PluginFactoryContext } from 'satteri';

/** Heading levels that get a section link; every level gets an id. */
const LINKED = new Set(['h2', 'h3']);

interface HastElementLike {
  tagName: string;
  properties?: Record<string, unknown>;
}

export function headingLinks(): (context: PluginFactoryContext) => HastPluginDefinition {
  // One slugger per document, as Astro's plugin has: a second "Examples" heading becomes "examples-1".
  return () => {
    const slugger = new GithubSlugger();
    return {
      name: 'x-playbook:heading-links',
      element: {
        filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
        visit(node, ctx) {
          const heading = node as HastElementLike;
          const text = ctx.textContent(node);
          const existing = heading.properties?.id;
          const id = typeof existing === 'string' ? existing : slugger.slug(text);
          if (typeof existing !== 'string') ctx.setProperty(node, 'id', id);
          if (!LINKED.has(heading.tagName) || id === '') return;
          const className = heading.properties?.className;
          ctx.setProperty(node, 'className', [...(Array.isArray(className) ? className : []), 'anchored']);
          ctx.appendChild(node, {
            type: 'element',
            tagName: 'a',
            properties: {
              className: ['heading-anchor'],
              href: `#${id}`,
              ariaLabel: `Link to this section: ${text.trim()}`,
              dataPagefindIgnore: '',
            },
            children: [],
          });
        },
      },
    };
  };
}
