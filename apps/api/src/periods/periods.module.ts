import { Global, Module } from '@nestjs/common';

import { PeriodsController } from './periods.controller.js';
import { PeriodsService } from './periods.service.js';

/** Global: submissions inject PeriodsService.assertOpen(year, m). */
@Global()
@Module({ controllers: [PeriodsController], providers: [PeriodsService], exports: [PeriodsService] })
export class PeriodsModule {}
