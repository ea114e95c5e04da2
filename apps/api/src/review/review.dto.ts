import { z } from 'zod';

// An accept without a body is the common case.
export const acceptRequestSchema = z.preprocess(
  (v) => v ?? {},
  z.object({ overrideReason: z.string().trim().min(1, { error: '请填写放行理由' }).max(2000).optional() }),
);
export type AcceptRequest = z.infer<typeof acceptRequestSchema>;

export const returnRequestSchema = z.object({
  comment: z.string({ error: '请填写退回意见' }).trim().min(1, { error: '请填写退回意见' }).max(5000),
});
export type ReturnRequest = z.infer<typeof returnRequestSchema>;

export const findingDecisionsRequestSchema = z.object({
  decisions: z
    .array(
      z.object({
        checkId: z.string().min(1).max(40),
        cells: z.array(z.string().max(120)).max(50).default([]),
        decision: z.enum(['confirmed', 'dismissed'], {
          error: '处理结果应为 confirmed（确认）或 dismissed（排除）',
        }),
        note: z.string().trim().max(2000).nullable().optional(),
      }),
    )
    .min(1, { error: '至少需要一项处理' })
    .max(200),
});
export type FindingDecisionsRequest = z.infer<typeof findingDecisionsRequestSchema>;
