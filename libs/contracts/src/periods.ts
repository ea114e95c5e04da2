import { z } from 'zod';

import { isoDateSchema, yearSchema } from './common.js';
import { unitKindSchema } from './org.js';

export const internalDeadlinesSchema = z.partialRecord(unitKindSchema, isoDateSchema);

export const reportingPeriodSchema = z.object({
  year: z.number().int(),
  statutoryDeadline: isoDateSchema,
  internalDeadlines: internalDeadlinesSchema,
  isOpen: z.boolean(),
});
export type ReportingPeriodDto = z.infer<typeof reportingPeriodSchema>;

export const createPeriodRequestSchema = z.object({
  year: yearSchema,
  /** default: 31 January of year + 1 (条例 第四十九条) */
  statutoryDeadline: isoDateSchema.optional(),
  internalDeadlines: internalDeadlinesSchema.default({}),
  isOpen: z.boolean().default(false),
});
export type CreatePeriodRequest = z.infer<typeof createPeriodRequestSchema>;

export const updatePeriodRequestSchema = z
  .object({
    statutoryDeadline: isoDateSchema,
    internalDeadlines: internalDeadlinesSchema,
    isOpen: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的字段' });
export type UpdatePeriodRequest = z.infer<typeof updatePeriodRequestSchema>;
