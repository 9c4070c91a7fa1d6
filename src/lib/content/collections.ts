/** Which schema validates each page collection. Shared by the Astro config and the build check. */
import type { z } from 'astro/zod';
import { businessTypeSchema } from '../../schemas/business-type.ts';
import { modeSchema } from '../../schemas/mode.ts';
import { pageSchema } from '../../schemas/page.ts';
import { playSchema } from '../../schemas/play.ts';
import type { PageCollection } from '../playbook/routes.ts';

export const PAGE_SCHEMAS: Record<PageCollection, z.ZodType> = {
  modes: modeSchema,
  businessTypes: businessTypeSchema,
  plays: playSchema,
  pages: pageSchema,
};

export const PAGE_COLLECTIONS = Object.keys(PAGE_SCHEMAS) as PageCollection[];
