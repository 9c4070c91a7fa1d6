/**
 * Where a build's CPU time goes, from a V8 `.cpuprofile` (`node --cpu-prof`): self time summed by
 * where the code lives (a package under node_modules, a project folder, Node itself) and by
 * function. Pure: it reads the profile's JSON.
 */

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}

export interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Where a frame's code lives: a package (`vite`, `@astrojs/mdx`), a project folder (`src/lib/content`,
 * `src/integrations`), the bundled site code, Node's built-ins, or a V8 pseudo-frame (`(garbage collector)`).
 */
export function placeOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  // The site's own code runs bundled, from the build's work folder (node_modules/.cache/…).
  if (/node_modules\/\.cache\//.test(url)) return 'bundled site code (pages, components)';
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules) return modules[1] ?? url;
  if (url.startsWith('node:')) return 'node (built-in)';
  const project = /\/(src\/(?:lib\/(?:node\/)?)?[^/.]+|scripts)\//.exec(url);
  if (project) return project[1] ?? url;
  return url.replace(/^file:\/\//, '');
}

export interface ProfileSummary {
  totalMs: number;
  byPlace: { place: string; ms: number }[];
  byFunction: { name: string; place: string; ms: number }[];
}

/** Self time per node from the samples and their time deltas (microseconds). */
export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const selfUs = new Map<number, number>();
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  samples.forEach((id, i) => {
    // A sample's time is the gap to the next one.
    const next = deltas[i + 1] ?? 0;
    selfUs.set(id, (selfUs.get(id) ?? 0) + next);
  });
  const places = new Map<string, number>();
  const functions = new Map<string, { name: string; place: string; us: number }>();
  let total = 0;
  for (const node of profile.nodes) {
    const us = selfUs.get(node.id) ?? 0;
    if (!us) continue;
    total += us;
    const place = placeOf(node.callFrame.url, node.callFrame.functionName);
    places.set(place, (places.get(place) ?? 0) + us);
    const name = node.callFrame.functionName || '(anonymous)';
    const key = `${name}@${node.callFrame.url}:${node.callFrame.lineNumber}`;
    const entry = functions.get(key) ?? { name, place, us: 0 };
    entry.us += us;
    functions.set(key, entry);
  }
  return {
    totalMs: total / 1000,
    byPlace: [...places]
      .map(([place, us]) => ({ place, ms: us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
    byFunction: [...functions.values()]
      .map((f) => ({ name: f.name, place: f.place, ms: f.us / 1000 }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, top),
  };
}

export function formatProfile(summary: ProfileSummary, label: string): string {
  const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1)}%`;
  return [
    `CPU profile of ${label}: ${(summary.totalMs / 1000).toFixed(1)} s sampled on the main thread`,
    '',
    '| where (self time) | s | share |',
    '| --- | --- | --- |',
    ...summary.byPlace.map((p) => `| ${p.place} | ${(p.ms / 1000).toFixed(2)} | ${share(p.ms)} |`),
    '',
    '| function | where | s | share |',
    '| --- | --- | --- | --- |',
    ...summary.byFunction.map(
      (f) => `| ${f.name} | ${f.place} | ${(f.ms / 1000).toFixed(2)} | ${share(f.ms)} |`,
    ),
  ].join('\n');
}
