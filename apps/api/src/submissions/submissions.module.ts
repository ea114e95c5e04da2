import { Module } from '@nestjs/common';

import { SubmissionsQueryService } from './submissions-query.service.js';
import { SubmissionsController } from './submissions.controller.js';
import { SubmissionsService } from './submissions.service.js';
import { TemplateService } from './template.service.js';

@Module({
  controllers: [SubmissionsController],
  providers: [SubmissionsService, SubmissionsQueryService, TemplateService],
  exports: [SubmissionsService, SubmissionsQueryService],
})
export class SubmissionsModule {}
