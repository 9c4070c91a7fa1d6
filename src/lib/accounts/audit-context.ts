/**
 * What the account pipeline needs from the playbook to build and audit a record: the modes'
 * account rules, the plays and the gaps they address, and the business types with the mode each
 * recommends. Made from the entries the one content reader returns, so the scripts see the same
 * taxonomy as the site. Pure.
 */
import type { BusinessType } from '../../schemas/business-type.ts';
import type { Playbook } from '../content/playbook.ts';
import { PlaybookError } from '../errors.ts';
import type { PlaySummary } from './audit.ts';
import { type ModeRule, modeRules } from './mode-rules.ts';

/** A business type as the audit needs it. */
export type BusinessTypeRef = { id: string } & Pick<BusinessType, 'title' | 'mode' | 'plays'>;

export interface AuditContext {
  modes: ModeRule[];
  plays: PlaySummary[];
  businessTypes: BusinessTypeRef[];
}

export function auditContext(playbook: Pick<Playbook, 'modes' | 'businessTypes' | 'plays'>): AuditContext {
  return {
    modes: modeRules(playbook.modes),
    plays: playbook.plays.map(({ id, data }) => ({
      id,
      title: data.title,
      addresses: data.addresses,
      kind: data.kind,
      withdrawn: data.withdrawn !== undefined,
    })),
    businessTypes: playbook.businessTypes.map(({ id, data }) => ({
      id,
      title: data.title,
      mode: data.mode,
      plays: data.plays,
    })),
  };
}

/** The business type with this id, or an error listing the ids that exist (`folder` names where they live). */
export function resolveBusinessType(context: AuditContext, id: string, folder: string): BusinessTypeRef {
  const found = context.businessTypes.find((type) => type.id === id);
  if (found) return found;
  throw new PlaybookError(
    [
      {
        file: folder,
        field: '--business-type',
        message: `has no business type "${id}".`,
        fix:
          context.businessTypes.length > 0
            ? `use one of: ${context.businessTypes.map((type) => type.id).join(', ')}.`
            : `there are no business types yet: add ${folder}/${id}.md (see content/business-types/ for the fields).`,
      },
    ],
    'Unknown business type',
  );
}
