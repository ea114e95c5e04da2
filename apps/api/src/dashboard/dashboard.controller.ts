import { Controller, Get, Param, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  completenessResponseSchema,
  dashboardOrgNodesResponseSchema,
  dashboardQuerySchema,
  indicatorQuerySchema,
  indicatorResponseSchema,
  metricCatalogueResponseSchema,
  overviewResponseSchema,
  proposalsResponseSchema,
  rollupResponseSchema,
  unitHistoryResponseSchema,
} from '@nianbao/contracts';
import type {
  DashboardOrgNodesResponse,
  DashboardQuery,
  IndicatorQuery,
  MetricCatalogueResponse,
  RollupResponse,
} from '@nianbao/contracts';
import type { Response } from 'express';

import { CurrentUser, Roles } from '../auth/auth.decorators.js';
import type { AuthUser } from '../auth/auth-user.js';
import { ZodQuery, ZodResponse } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import { contentDisposition } from '../submissions/content-disposition.js';
import {
  DOCX_TYPE,
  indicatorXlsx,
  missingUnitsXlsx,
  rollupDocx,
  rollupXlsx,
  XLSX_TYPE,
} from './dashboard-exports.js';
import { DashboardService } from './dashboard.service.js';
import { sendJson } from './json-response.js';

function download(res: Response, type: string, fileName: string, bytes: Buffer): StreamableFile {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', contentDisposition(fileName));
  return new StreamableFile(bytes);
}

/** District-wide views: always scoped to the caller's subtree; reporters see only their unit's history. */
@ApiTags('dashboard')
@Controller('dashboard')
export class DashboardController {
  constructor(private readonly dashboard: DashboardService) {}

  @Get('overview')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  @ZodResponse(overviewResponseSchema)
  async overview(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.dashboard.overviewJson(user, q));
  }

  @Get('indicator')
  @Roles('admin', 'supervisor')
  @ZodQuery(indicatorQuerySchema)
  @ZodResponse(indicatorResponseSchema)
  async indicator(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(indicatorQuerySchema)) q: IndicatorQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.dashboard.indicatorJson(user, q));
  }

  @Get('indicator.xlsx')
  @Roles('admin', 'supervisor')
  @ZodQuery(indicatorQuerySchema)
  async indicatorXlsx(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(indicatorQuerySchema)) q: IndicatorQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const ind = await this.dashboard.indicator(user, q);
    const span = ind.years.length > 1 ? `${ind.years[0]}-${ind.year}` : String(ind.year);
    return download(
      res,
      XLSX_TYPE,
      `${ind.orgNode.name}-${ind.metric.zh}-${span}.xlsx`,
      await indicatorXlsx(ind),
    );
  }

  @Get('completeness')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  @ZodResponse(completenessResponseSchema)
  async completeness(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.dashboard.completenessJson(user, q));
  }

  /** Missing units with contacts, for 催报. */
  @Get('completeness/missing.xlsx')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  async missingXlsx(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const c = await this.dashboard.completenessByUnit(user, q);
    return download(
      res,
      XLSX_TYPE,
      `${c.orgNode.name}-${c.year}年度未报送单位.xlsx`,
      await missingUnitsXlsx(c),
    );
  }

  @Get('proposals')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  @ZodResponse(proposalsResponseSchema)
  async proposals(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.dashboard.proposalsJson(user, q));
  }

  /** Reporters may read their own unit's history. */
  @Get('units/:unitId/history')
  @ZodResponse(unitHistoryResponseSchema)
  async history(
    @CurrentUser() user: AuthUser,
    @Param('unitId') unitId: string,
    @Res() res: Response,
  ): Promise<void> {
    sendJson(res, await this.dashboard.historyJson(user, unitId));
  }

  @Get('rollup')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  @ZodResponse(rollupResponseSchema)
  rollup(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
  ): Promise<RollupResponse> {
    return this.dashboard.rollup(user, q);
  }

  @Get('rollup.xlsx')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  async rollupXlsx(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const r = await this.dashboard.rollup(user, q);
    return download(res, XLSX_TYPE, `${r.orgNode.name}-${r.year}年度报告汇总.xlsx`, await rollupXlsx(r));
  }

  @Get('rollup.docx')
  @Roles('admin', 'supervisor')
  @ZodQuery(dashboardQuerySchema)
  async rollupDocx(
    @CurrentUser() user: AuthUser,
    @Query(new ZodValidationPipe(dashboardQuerySchema)) q: DashboardQuery,
    @Res({ passthrough: true }) res: Response,
  ): Promise<StreamableFile> {
    const r = await this.dashboard.rollup(user, q);
    return download(res, DOCX_TYPE, `${r.orgNode.name}-${r.year}年度报告汇总.docx`, await rollupDocx(r));
  }

  /** The organisation picker: nodes in the caller's scope, the years, the default year. */
  @Get('org-nodes')
  @Roles('admin', 'supervisor')
  @ZodResponse(dashboardOrgNodesResponseSchema)
  orgNodes(@CurrentUser() user: AuthUser): Promise<DashboardOrgNodesResponse> {
    return this.dashboard.orgNodes(user);
  }
}

@ApiTags('dashboard')
@Controller('metrics')
export class MetricsController {
  constructor(private readonly dashboard: DashboardService) {}

  /** The metric catalogue: key, labels, unit, formula of every figure and indicator. */
  @Get()
  @ZodResponse(metricCatalogueResponseSchema)
  list(): MetricCatalogueResponse {
    return this.dashboard.catalogue();
  }
}
