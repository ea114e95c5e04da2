import { Module } from '@nestjs/common';

import { DashboardController, MetricsController } from './dashboard.controller.js';
import { DashboardRepository } from './dashboard.repository.js';
import { DashboardService } from './dashboard.service.js';

@Module({
  controllers: [DashboardController, MetricsController],
  providers: [DashboardRepository, DashboardService],
})
export class DashboardModule {}
