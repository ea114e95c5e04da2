import { z } from 'zod';

import { uuidSchema, yearSchema } from './common.js';

export const orgNodeLevelSchema = z.enum(['province', 'city', 'district', 'other']);
export type OrgNodeLevel = z.infer<typeof orgNodeLevelSchema>;

/** 政府部门 / 街道办事处 / 乡镇 / 事业单位 / 其他 */
export const unitKindSchema = z.enum(['department', 'street', 'township', 'institution', 'other']);
export type UnitKind = z.infer<typeof unitKindSchema>;

export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  department: '政府部门',
  street: '街道办事处',
  township: '乡镇',
  institution: '事业单位',
  other: '其他',
};

const code = z
  .string()
  .trim()
  .min(1, { error: '代码不能为空' })
  .max(64)
  .regex(/^[A-Za-z0-9_.-]+$/, {
    error: '代码只能包含字母、数字、点、下划线和连字符',
  });
const name = z.string().trim().min(1, { error: '名称不能为空' }).max(200);
const phone = z.string().trim().max(50).nullable();

export const orgNodeSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  code: z.string(),
  name: z.string(),
  level: orgNodeLevelSchema,
  path: z.string(),
  isDemo: z.boolean(),
});
export type OrgNodeDto = z.infer<typeof orgNodeSchema>;

export const createOrgNodeRequestSchema = z.object({
  parentId: uuidSchema.nullable().default(null),
  code,
  name,
  level: orgNodeLevelSchema,
});
export type CreateOrgNodeRequest = z.infer<typeof createOrgNodeRequestSchema>;

export const updateOrgNodeRequestSchema = z
  .object({ parentId: uuidSchema.nullable(), code, name, level: orgNodeLevelSchema })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的字段' });
export type UpdateOrgNodeRequest = z.infer<typeof updateOrgNodeRequestSchema>;

export const unitSchema = z.object({
  id: z.string(),
  orgNodeId: z.string(),
  code: z.string(),
  name: z.string(),
  kind: unitKindSchema,
  contactPerson: z.string().nullable(),
  contactPhone: z.string().nullable(),
  reportsFromYear: z.number().int(),
  reportsUntilYear: z.number().int().nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  createdAt: z.string(),
});
export type UnitDto = z.infer<typeof unitSchema>;

const unitFields = z.object({
  orgNodeId: uuidSchema,
  code,
  name,
  kind: unitKindSchema,
  contactPerson: z.string().trim().max(100).nullable().default(null),
  contactPhone: phone.default(null),
  reportsFromYear: yearSchema,
  reportsUntilYear: yearSchema.nullable().default(null),
});

function yearsOrdered(v: { reportsFromYear?: number; reportsUntilYear?: number | null }): boolean {
  return (
    v.reportsFromYear === undefined || v.reportsUntilYear == null || v.reportsUntilYear >= v.reportsFromYear
  );
}

export const createUnitRequestSchema = unitFields.refine(yearsOrdered, {
  error: '终止年度不能早于起始年度',
  path: ['reportsUntilYear'],
});
export type CreateUnitRequest = z.infer<typeof createUnitRequestSchema>;

export const updateUnitRequestSchema = z
  .object({
    orgNodeId: uuidSchema,
    code,
    name,
    kind: unitKindSchema,
    contactPerson: z.string().trim().max(100).nullable(),
    contactPhone: phone,
    reportsFromYear: yearSchema,
    reportsUntilYear: yearSchema.nullable(),
    isActive: z.boolean(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的字段' })
  .refine(yearsOrdered, { error: '终止年度不能早于起始年度', path: ['reportsUntilYear'] });
export type UpdateUnitRequest = z.infer<typeof updateUnitRequestSchema>;

const booleanQuery = z.enum(['true', 'false']).transform((v) => v === 'true');

export const listUnitsQuerySchema = z.object({
  orgNodeId: uuidSchema.optional(),
  kind: unitKindSchema.optional(),
  isActive: booleanQuery.optional(),
  /** units that must report for this year */
  year: yearSchema.optional(),
  q: z.string().trim().max(100).optional(),
});
export type ListUnitsQuery = z.infer<typeof listUnitsQuerySchema>;

export const importRowErrorSchema = z.object({
  row: z.number().int(),
  column: z.string().optional(),
  message: z.string(),
});
export type ImportRowError = z.infer<typeof importRowErrorSchema>;

export const importUnitsResponseSchema = z.object({ created: z.number().int(), updated: z.number().int() });
export type ImportUnitsResponse = z.infer<typeof importUnitsResponseSchema>;
