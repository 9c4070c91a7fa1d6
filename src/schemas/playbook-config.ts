import { z } from 'astro/zod';

/**
 * The playbook's identity: one typed file per playbook (`<content dir>/playbook.config.json`),
 * so a consultancy builds its own playbook from its own folder with the same commands.
 */
export const playbookConfigSchema = z.strictObject({
  /** Shown in the header, the title bar and printed handouts. */
  name: z.string().min(1).describe('The playbook name shown in the header and page titles.'),
  /** One line under the name on the home page. */
  tagline: z.string().min(1).describe('One sentence saying what the playbook is.'),
  /** Absolute URL where the site is deployed; used for the sitemap, canonical links and QR codes. */
  site: z.url({ error: 'site must be an absolute URL such as https://playbook.example.com' }),
  /** Path prefix when the site is served from a sub-folder, e.g. `/playbook/`. */
  base: z
    .string()
    .regex(/^\/([\w.-]+\/)*$/, { error: 'base must start and end with "/", e.g. "/" or "/playbook/"' })
    .default('/'),
  /** BCP 47 language tag of the content. */
  lang: z.string().default('en'),
  /** Who publishes the playbook (credited in the footer). */
  publisher: z.string().optional(),
});

export type PlaybookConfig = z.infer<typeof playbookConfigSchema>;
export type PlaybookConfigInput = z.input<typeof playbookConfigSchema>;
