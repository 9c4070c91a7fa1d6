/**
 * Marks the phases of a build that no other integration owns (content sync, bundling and
 * rendering) for the benchmark; see src/lib/node/build-timings.ts. Silent unless asked.
 */
import type { AstroIntegration } from 'astro';
import { recordPhase } from '../lib/node/build-timings.ts';

export function buildTimings(): AstroIntegration {
  let configDone = 0;
  let buildStart = 0;
  return {
    name: 'x-playbook:build-timings',
    hooks: {
      'astro:config:done': () => {
        configDone = performance.now();
      },
      'astro:build:start': () => {
        buildStart = performance.now();
        recordPhase('content sync', buildStart - configDone);
      },
      'astro:build:generated': () => {
        recordPhase('bundle and render', performance.now() - buildStart);
      },
    },
  };
}
