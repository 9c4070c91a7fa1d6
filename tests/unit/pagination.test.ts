import { describe, expect, it } from 'vitest';
import { listPagePath, pagerNumbers, paginateList, summarise } from '../../src/lib/playbook/pagination.ts';

describe('lists that do not grow with the playbook', () => {
  it('splits a list into pages of a fixed size, with page 1 at the index itself', () => {
    const pages = paginateList(
      Array.from({ length: 130 }, (_, i) => i),
      60,
    );
    expect(pages.map((p) => [p.number, p.items.length, p.param])).toEqual([
      [1, 60, undefined],
      [2, 60, '2'],
      [3, 10, '3'],
    ]);
    expect(pages.every((p) => p.count === 3)).toBe(true);
    expect(listPagePath('/sources/', 1)).toBe('/sources/');
    expect(listPagePath('/sources/', 3)).toBe('/sources/page/3/');
  });

  it('still makes one (empty) page of an empty list', () => {
    expect(paginateList([], 60)).toEqual([{ items: [], number: 1, count: 1, param: undefined }]);
  });

  it('shows the first, the last and the pages near the current one in the pager', () => {
    expect(pagerNumbers(1, 1)).toEqual([1]);
    expect(pagerNumbers(1, 4)).toEqual([1, 2, 3, 4]);
    expect(pagerNumbers(10, 84)).toEqual([1, null, 8, 9, 10, 11, 12, null, 84]);
    expect(pagerNumbers(84, 84)).toEqual([1, null, 82, 83, 84]);
  });

  it('summarises a list as its first items and how many more there are', () => {
    expect(summarise([1, 2, 3], 2)).toEqual({ shown: [1, 2], more: 1 });
    expect(summarise([1], 2)).toEqual({ shown: [1], more: 0 });
  });
});
