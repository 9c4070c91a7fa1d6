import { describe, expect, it } from 'vitest';
import { isLinkablePath, toolPaths } from '../../src/lib/playbook/routes.ts';

describe('links from a page’s prose', () => {
  const entries = new Set(['/plays/choose-your-mode/', '/sources/people-over-links/']);

  it('may lead to any page of the playbook, with or without a section', () => {
    expect(isLinkablePath('/plays/choose-your-mode/', entries)).toBe(true);
    expect(isLinkablePath('/sources/people-over-links/#engage-three-daily', entries)).toBe(true);
  });

  it('may lead to the tools and lists, the workshop deck among them', () => {
    expect(toolPaths()).toContain('/workshop/');
    for (const path of ['/workshop/', '/chooser/', '/strategies/compare/', '/plays/', '/guides/'])
      expect(isLinkablePath(path, entries), path).toBe(true);
  });

  it('may not lead to a page that does not exist or a path written without its slash', () => {
    expect(isLinkablePath('/plays/choose-your-moed/', entries)).toBe(false);
    expect(isLinkablePath('/plays/choose-your-mode', entries)).toBe(false);
    expect(isLinkablePath('/workshops/', entries)).toBe(false);
  });
});
