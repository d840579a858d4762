import { Module } from '@nestjs/common';
import { CerifRecords } from './cerif-records.js';
import { HarvestService } from './harvest.service.js';
import { OaiController } from './oai.controller.js';

/** The research-information export: CERIF-XML (OpenAIRE Guidelines for CRIS Managers 1.2) over OAI-PMH. */
@Module({
  controllers: [OaiController],
  providers: [CerifRecords, HarvestService],
})
export class ResearchExportModule {}
