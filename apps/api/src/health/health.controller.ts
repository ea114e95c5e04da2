import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { HealthResponse } from '@nianbao/contracts';
import type { Response } from 'express';
import { DataSource } from 'typeorm';

import { Public } from '../auth/auth.decorators.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Public()
  @Get()
  async health(@Res({ passthrough: true }) res: Response): Promise<HealthResponse> {
    const up = await this.ping();
    if (!up) res.status(503);
    return { status: up ? 'ok' : 'degraded', database: up ? 'up' : 'down' };
  }

  private async ping(): Promise<boolean> {
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      return true;
    } catch {
      return false;
    }
  }
}
