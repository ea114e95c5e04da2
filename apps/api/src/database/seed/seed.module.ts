import { Module } from '@nestjs/common';

import { ReviewModule } from '../../review/review.module.js';
import { SubmissionsModule } from '../../submissions/submissions.module.js';
import { SeedService } from './seed.service.js';

// Demo district seeding on first start (see seed.service.ts). Imported last by AppModule.
@Module({
  imports: [SubmissionsModule, ReviewModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
