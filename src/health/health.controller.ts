import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { Public } from '../common/access/public.decorator.js';
import { DatabaseProbe } from './database-probe.js';
import { ShutdownState } from './shutdown-state.js';

/** Probes for orchestrators: liveness (the process answers) and readiness (it can serve). */
@Controller('health')
export class HealthController {
  constructor(
    private readonly database: DatabaseProbe,
    private readonly shutdown: ShutdownState,
  ) {}

  @Public()
  @Get('live')
  @HttpCode(200)
  live() {
    return { status: 'ok' };
  }

  /** 503 while stopping, or when the database does not answer within READINESS_TIMEOUT_MS (down or hung). */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) reply: FastifyReply) {
    if (this.shutdown.stopping) {
      reply.status(503);
      return { status: 'stopping' };
    }
    if (await this.database.answers()) return { status: 'ok', database: 'ok' };
    reply.status(503);
    return { status: 'unavailable', database: 'unreachable' };
  }
}
