/**
 * Silences the `MODULE_LEVEL_DIRECTIVE` warning that every `.mdx` page prints in a build (one
 * 12-line warning per file: 2,550 log lines at 5,000 pages). Astro wraps each content module in a
 * `?astroPropagatedAssets` module that begins with the string directive "use astro:head-inject";
 * nothing reads that string (head propagation travels as module metadata), and Rolldown drops it
 * when bundling anyway, warning that it did. Removing it from that one generated module gives the
 * same bundle without the warning; every other warning still shows.
 * Upstream: https://github.com/withastro/astro/issues/18087
 */
import type { AstroIntegration } from 'astro';

const DIRECTIVE = /^\s*["']use astro:head-inject["'];?/m;

export function dropHeadInjectDirective(): AstroIntegration {
  return {
    name: 'x-playbook:head-inject-directive',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'x-playbook:drop-head-inject-directive',
                enforce: 'post',
                transform(code, id) {
                  if (!id.includes('astroPropagatedAssets') || !DIRECTIVE.test(code)) return undefined;
                  return { code: code.replace(DIRECTIVE, ''), map: null };
                },
              },
            ],
          },
        });
      },
    },
  };
}
