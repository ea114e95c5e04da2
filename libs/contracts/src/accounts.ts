import { z } from 'zod';

import { MIN_PASSWORD_LENGTH, userRoleSchema } from './auth.js';
import { uuidSchema } from './common.js';

export const accountSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: userRoleSchema,
  orgNodeId: z.string().nullable(),
  unitId: z.string().nullable(),
  isActive: z.boolean(),
  isDemo: z.boolean(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  passwordChangedAt: z.string().nullable(),
});
export type AccountDto = z.infer<typeof accountSchema>;

const password = z
  .string()
  .min(MIN_PASSWORD_LENGTH, { error: `密码至少 ${MIN_PASSWORD_LENGTH} 位` })
  .max(200);

const scope = z.object({
  role: userRoleSchema,
  orgNodeId: uuidSchema.nullable().default(null),
  unitId: uuidSchema.nullable().default(null),
});

function scopeFits(v: { role?: string; orgNodeId?: string | null; unitId?: string | null }): boolean {
  if (v.role === 'supervisor') return !!v.orgNodeId && !v.unitId;
  if (v.role === 'reporter') return !!v.unitId && !v.orgNodeId;
  if (v.role === 'admin') return !v.unitId && !v.orgNodeId;
  return true;
}
const scopeMessage = { error: '监督员须指定组织节点，填报员须指定单位，管理员不指定范围', path: ['role'] };

export const createAccountRequestSchema = scope
  .extend({
    username: z
      .string()
      .trim()
      .min(2, { error: '用户名至少 2 个字符' })
      .max(64)
      .regex(/^[A-Za-z0-9_.@-]+$/, {
        error: '用户名只能包含字母、数字和 _ . @ -',
      }),
    displayName: z.string().trim().min(1, { error: '请输入姓名' }).max(100),
    password,
  })
  .refine(scopeFits, scopeMessage);
export type CreateAccountRequest = z.infer<typeof createAccountRequestSchema>;

export const updateAccountRequestSchema = z
  .object({
    displayName: z.string().trim().min(1).max(100).optional(),
    role: userRoleSchema.optional(),
    orgNodeId: uuidSchema.nullable().optional(),
    unitId: uuidSchema.nullable().optional(),
    isActive: z.boolean().optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { error: '没有需要修改的字段' });
export type UpdateAccountRequest = z.infer<typeof updateAccountRequestSchema>;

export const resetPasswordRequestSchema = z.object({ newPassword: password });
export type ResetPasswordRequest = z.infer<typeof resetPasswordRequestSchema>;
