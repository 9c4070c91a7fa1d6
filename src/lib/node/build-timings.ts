/**
 * Build phases as the benchmark reads them: when PLAYBOOK_BUILD_TIMINGS names a file, each
 * phase appends one JSON line `{ "phase": …, "ms": … }` to it. Without the variable nothing is
 * written, so normal builds are unaffected.
 */
import fs from 'node:fs';

export const BUILD_TIMINGS_ENV = 'PLAYBOOK_BUILD_TIMINGS';

export function recordPhase(phase: string, ms: number, env: NodeJS.ProcessEnv = process.env): void {
  const file = env[BUILD_TIMINGS_ENV];
  if (!file) return;
  fs.appendFileSync(file, `${JSON.stringify({ phase, ms: Math.round(ms) })}\n`);
}

/** Reads the phases a build recorded, summing repeats. */
export function readPhases(file: string): Record<string, number> {
  if (!fs.existsSync(file)) return {};
  const phases: Record<string, number> = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const { phase, ms } = JSON.parse(line) as { phase: string; ms: number };
    phases[phase] = (phases[phase] ?? 0) + ms;
  }
  return phases;
}
