import { Global, Module } from '@nestjs/common';
import { DatabaseProbe } from './database-probe.js';
import { HealthController } from './health.controller.js';
import { ShutdownState } from './shutdown-state.js';

@Global()
@Module({
  controllers: [HealthController],
  providers: [ShutdownState, DatabaseProbe],
  exports: [ShutdownState],
})
export class HealthModule {}
