/**
 * The hand-over between the policy integration (src/integrations/csp.ts), which holds the build's
 * `PagePolicy`, and its middleware (src/integrations/csp-middleware.ts), which Astro bundles into
 * the render and runs, in the same process, on every page as it is rendered. The bundle has its
 * own copy of every module it imports, so the function goes through `globalThis`, under a
 * registered symbol.
 */

/** Puts the policy into a rendered page: `html` as rendered, `urlPathname` from its request. */
export type RenderPolicy = (html: string, urlPathname: string) => string;

const HOOK = Symbol.for('x-playbook.csp.render-policy');
type WithHook = { [HOOK]?: RenderPolicy | undefined };

/** Set by the integration for the pages of one build; undefined outside a build (the dev server). */
export function setRenderPolicy(policy: RenderPolicy | undefined): void {
  (globalThis as WithHook)[HOOK] = policy;
}

export function renderPolicy(): RenderPolicy | undefined {
  return (globalThis as WithHook)[HOOK];
}
