import { Module } from '@nestjs/common';

import { SubmissionsModule } from '../submissions/submissions.module.js';
import { BackfillQueueService } from './backfill-queue.service.js';
import { BackfillController } from './backfill.controller.js';
import { BackfillService } from './backfill.service.js';

@Module({
  imports: [SubmissionsModule],
  controllers: [BackfillController],
  providers: [BackfillService, BackfillQueueService],
  exports: [BackfillQueueService],
})
export class BackfillModule {}
