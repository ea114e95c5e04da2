import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';

import { DomainError, ErrorIssue } from './domain-error.js';

// Chinese messages for every zod schema parsed in this process (API-side only).
z.config(z.locales.zhCN());

export function zodIssues(error: z.ZodError): ErrorIssue[] {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));
}

/** `@Body(new ZodValidationPipe(schema))` → parsed value, or 400 VALIDATION_FAILED with every issue. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    const result = this.schema.safeParse(value);
    if (!result.success) {
      throw new DomainError('VALIDATION_FAILED', '请求参数有误', { issues: zodIssues(result.error) });
    }
    return result.data;
  }
}
