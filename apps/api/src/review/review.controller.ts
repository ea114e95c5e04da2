import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';

import type { AuthUser } from '../auth/auth-user.js';
import { ClientIp, CurrentUser, Roles } from '../auth/auth.decorators.js';
import { ZodBody } from '../common/openapi.js';
import { ZodValidationPipe } from '../common/zod-validation.pipe.js';
import type { SubmissionDetailDto } from '@nianbao/contracts';
import {
  acceptRequestSchema,
  findingDecisionsRequestSchema,
  returnRequestSchema,
  type AcceptRequest,
  type FindingDecisionsRequest,
  type ReturnRequest,
} from './review.dto.js';
import { ReviewService } from './review.service.js';

@ApiTags('review')
@Controller('submissions/:id')
@Roles('admin', 'supervisor')
export class ReviewController {
  constructor(private readonly review: ReviewService) {}

  /** Error-level findings block acceptance unless `overrideReason` is given (409 ERRORS_BLOCK_ACCEPTANCE). */
  @Post('accept')
  @HttpCode(200)
  @ZodBody(acceptRequestSchema)
  accept(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(acceptRequestSchema)) body: AcceptRequest,
  ): Promise<SubmissionDetailDto> {
    return this.review.accept(user, id, body, ip);
  }

  @Post('return')
  @HttpCode(200)
  @ZodBody(returnRequestSchema)
  returnSubmission(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(returnRequestSchema)) body: ReturnRequest,
  ): Promise<SubmissionDetailDto> {
    return this.review.return(user, id, body, ip);
  }

  @Post('findings/decisions')
  @HttpCode(200)
  @ZodBody(findingDecisionsRequestSchema)
  decideFindings(
    @CurrentUser() user: AuthUser,
    @ClientIp() ip: string | null,
    @Param('id') id: string,
    @Body(new ZodValidationPipe(findingDecisionsRequestSchema)) body: FindingDecisionsRequest,
  ): Promise<SubmissionDetailDto> {
    return this.review.decideFindings(user, id, body, ip);
  }
}
