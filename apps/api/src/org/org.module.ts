import { Module } from '@nestjs/common';

import { OrgNodesController } from './org-nodes.controller.js';
import { OrgNodesService } from './org-nodes.service.js';
import { UnitsImportService } from './units-import.service.js';
import { UnitsController } from './units.controller.js';
import { UnitsService } from './units.service.js';

@Module({
  controllers: [OrgNodesController, UnitsController],
  providers: [OrgNodesService, UnitsService, UnitsImportService],
  exports: [OrgNodesService, UnitsService],
})
export class OrgModule {}
