import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';

import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { FirstAdminService } from './first-admin.service.js';
import { ScopeService } from './scope.service.js';
import { SessionGuard } from './session.guard.js';

/** Global: ScopeService is injectable everywhere without importing this module. */
@Global()
@Module({
  controllers: [AuthController],
  providers: [AuthService, ScopeService, FirstAdminService, { provide: APP_GUARD, useClass: SessionGuard }],
  exports: [AuthService, ScopeService],
})
export class AuthModule {}
