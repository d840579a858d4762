import { Body, Controller, Get, Header, HttpCode, Inject, Post, Query, Req, UseFilters } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Public } from '../common/access/public.decorator.js';
import { HttpAppErrorFilter } from '../common/http-error.filter.js';
import { Ctx, RequestContext } from '../common/request-context.js';
import type { AppConfig } from '../config/config.js';
import { APP_CONFIG } from '../config/config.module.js';
import { HarvestService } from './harvest.service.js';
import { envelope, OaiError, parseRequest } from './oai-pmh.js';

const xml = 'text/xml; charset=utf-8';

/**
 * The OAI-PMH 2.0 endpoint, `GET /oai?verb=…` or `POST /oai` with a form body, serving the OpenAIRE
 * CERIF profile (`oai_cerif_openaire`) and Dublin Core (`oai_dc`). Anyone may harvest what is public; a caller with an access token
 * or API key, as for GraphQL, harvests what they may read. Protocol errors are OAI-PMH errors (HTTP 200);
 * bad credentials are refused as everywhere (401).
 */
@Controller('oai')
@UseFilters(HttpAppErrorFilter)
export class OaiController {
  constructor(
    private readonly harvest: HarvestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Public()
  @Get()
  @Header('content-type', xml)
  @Header('cache-control', 'private, no-store')
  get(@Ctx() ctx: RequestContext, @Query() query: Record<string, unknown>, @Req() request: FastifyRequest): Promise<string> {
    return this.answer(ctx, query ?? {}, request);
  }

  @Public()
  @Post()
  @HttpCode(200)
  @Header('content-type', xml)
  @Header('cache-control', 'private, no-store')
  post(@Ctx() ctx: RequestContext, @Body() body: unknown, @Req() request: FastifyRequest): Promise<string> {
    const form = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
    return this.answer(ctx, form, request);
  }

  private async answer(ctx: RequestContext, input: Record<string, unknown>, request: FastifyRequest): Promise<string> {
    const baseUrl = this.config.harvest.baseUrl ?? `${request.protocol}://${request.host}/oai`;
    let parsed: ReturnType<typeof parseRequest> | undefined;
    try {
      parsed = parseRequest(input);
      return envelope(baseUrl, parsed, await this.harvest.answer(ctx, parsed, baseUrl));
    } catch (error) {
      if (error instanceof OaiError) return envelope(baseUrl, parsed ?? {}, error);
      throw error;
    }
  }
}
