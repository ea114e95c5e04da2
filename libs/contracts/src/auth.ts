import { z } from 'zod';

export const userRoleSchema = z.enum(['admin', 'supervisor', 'reporter']);
export type UserRole = z.infer<typeof userRoleSchema>;

export const MIN_PASSWORD_LENGTH = 10;

export const loginRequestSchema = z.object({
  username: z.string().trim().min(1, { error: '请输入用户名' }).max(100),
  password: z.string().min(1, { error: '请输入密码' }).max(200),
});
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const meSchema = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: userRoleSchema,
  orgNodeId: z.string().nullable(),
  unitId: z.string().nullable(),
});
export type Me = z.infer<typeof meSchema>;

export const loginResponseSchema = z.object({ user: meSchema, csrfToken: z.string() });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const meResponseSchema = loginResponseSchema;

export const changePasswordRequestSchema = z.object({
  currentPassword: z.string().min(1, { error: '请输入当前密码' }).max(200),
  newPassword: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `新密码至少 ${MIN_PASSWORD_LENGTH} 位` })
    .max(200, { error: '新密码过长' }),
});
export type ChangePasswordRequest = z.infer<typeof changePasswordRequestSchema>;
