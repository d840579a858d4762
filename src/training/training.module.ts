import { Module } from '@nestjs/common';
import { OrganizationModule } from '../organizations/organization.module.js';
import { TrainingPartnerResolver, TrainingProgrammeResolver } from './training.resolver.js';
import { TrainingReader } from './training-reader.js';
import { TrainingService } from './training.service.js';

/** Training programmes that universities run with businesses: partners, their seats and hires, intakes. */
@Module({
  imports: [OrganizationModule],
  providers: [TrainingService, TrainingReader, TrainingProgrammeResolver, TrainingPartnerResolver],
})
export class TrainingModule {}
