import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { auditPageSchema, auditQuerySchema } from '@nianbao/contracts';
import type { AuditPage, AuditQuery } from '@nianbao/contracts';

import { Roles } from '../auth/auth.decorators.js';
import { ZodQuery, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { AuditService } from './audit.service.js';

// Read-only on purpose: the audit log has no update or delete route.
@ApiTags('audit')
@Controller('audit')
@Roles('admin')
export class AuditController {
  constructor(private readonly audit: AuditService) {}

  @Get()
  @ZodQuery(auditQuerySchema)
  @ZodResponse(auditPageSchema)
  async search(@Query(new ZodValidationPipe(auditQuerySchema)) q: AuditQuery): Promise<AuditPage> {
    const { items, total } = await this.audit.search(q);
    return {
      items: items.map((a) => ({
        id: String(a.id),
        at: a.at.toISOString(),
        actorId: a.actorId,
        actorUsername: a.actorUsername,
        action: a.action,
        entityType: a.entityType,
        entityId: a.entityId,
        details: a.details,
        ip: a.ip,
      })),
      total,
      page: q.page,
      pageSize: q.pageSize,
    };
  }
}
