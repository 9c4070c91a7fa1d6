import { describe, expect, it } from 'vitest';
import {
  type BusinessTypeWords,
  businessTypesMentioned,
} from '../../src/lib/content/business-type-mentions.ts';
import { demoPlaybook } from '../support/demo-playbook.ts';

/** A playbook's business types as their pages describe them; none of them says "diner" or "corner shop". */
const TYPES: BusinessTypeWords[] = [
  {
    id: 'local-hospitality',
    title: 'Local hospitality: cafés, restaurants and venues',
    summary: 'For cafés, restaurants, pubs and bakeries that post specials and answer regulars.',
    examples: ['a café', 'a neighbourhood restaurant', 'a bakery'],
  },
  {
    id: 'local-retail',
    title: 'Local shops',
    summary: 'For independent shops whose customers live nearby.',
    examples: ['a greengrocer', 'a gift shop'],
  },
  {
    id: 'media',
    title: 'Newsrooms and publishers',
    summary: 'For newsrooms and publishers whose account relays what they publish.',
    examples: ['a regional newspaper', 'an election campaign'],
  },
];

const ids = (article: { title?: string; text: string }, types = TYPES) =>
  businessTypesMentioned(article, types).map((m) => m.id);

describe('business types an article talks about', () => {
  it('finds the type through everyday names its page never uses: a diner is a restaurant', () => {
    const mentions = businessTypesMentioned(
      { text: 'Our diner posts the soup of the day. Regulars of the diner reply with their orders.' },
      TYPES,
    );
    expect(mentions).toEqual([{ id: 'local-hospitality', score: 2, words: [{ word: 'diner', count: 2 }] }]);
  });

  it('sends a corner shop and a consignment store to the local shops type', () => {
    expect(
      ids({
        text: 'I run a corner shop. My neighbour runs a consignment store, and we both answer questions.',
      }),
    ).toEqual(['local-retail']);
  });

  it('needs two mentions in the text, or one in the title', () => {
    expect(ids({ text: 'We once met a baker at a conference about shipping.' })).toEqual([]);
    expect(ids({ title: 'What a bistro learnt on X', text: 'We post our menu every day.' })).toEqual([
      'local-hospitality',
    ]);
  });

  it('does not take "social media" for a media business, nor "coupon campaigns" for an election campaign', () => {
    expect(
      ids({ text: 'Social media is noisy. Social media managers run coupon campaigns and more campaigns.' }),
    ).toEqual([]);
  });

  it('leaves out a type mentioned in passing next to one the article is about', () => {
    const text = `${'Our café answers every question. The café posts its cakes. '.repeat(3)}A newspaper wrote about us once, in a newspaper column.`;
    // café ×6 against newspaper ×2: the newspaper is under a third of the main type's mentions.
    expect(ids({ text })).toEqual(['local-hospitality']);
  });

  it('works on the demo playbook’s own business types', () => {
    const types = demoPlaybook().businessTypes.map((entry) => ({ id: entry.id, ...entry.data }));
    expect(
      ids(
        { text: 'A diner and a bistro on the same street both post specials. The diner replies more.' },
        types,
      ),
    ).toEqual(['local-hospitality']);
    expect(ids({ text: 'Every plumber and electrician we know gets work from neighbours.' }, types)).toEqual([
      'local-trades',
    ]);
    expect(
      ids(
        { text: 'The founder runs her own account; the chief executive of a rival hands his to an agency.' },
        types,
      ),
    ).toEqual(['executive-voice']);
  });
});
