import { z } from 'astro/zod';

/**
 * Words and phrases that mean the same thing to the people searching the playbook, in
 * `<content dir>/search-synonyms.yaml`. A search for any member of a group also finds pages that
 * use another member. Editable by a consultancy without code.
 */
export const searchSynonymsSchema = z
  .strictObject({
    groups: z
      .array(
        z
          .array(z.string().trim().min(1, { error: 'a synonym cannot be empty' }))
          .min(2, { error: 'a group needs at least two words or phrases that mean the same' }),
      )
      .describe('Each group lists words or phrases that mean the same, e.g. [DM, direct message].'),
  })
  .superRefine((file, ctx) => {
    const owner = new Map<string, number>();
    file.groups.forEach((group, g) => {
      group.forEach((term, t) => {
        const key = term.toLowerCase();
        const first = owner.get(key);
        if (first !== undefined && first !== g) {
          ctx.addIssue({
            code: 'custom',
            path: ['groups', g, t],
            message: `"${term}" is already in group ${first + 1}; merge the two groups or remove it from one`,
          });
        } else {
          owner.set(key, g);
        }
      });
    });
  });

export type SearchSynonyms = z.infer<typeof searchSynonymsSchema>;
