import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { OrganizationEntity } from './organization.entity.js';
import { OrganizationAdminService } from './organization-admin.service.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationReader } from './organization-reader.js';
import { OrganizationService } from './organization.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([OrganizationEntity])],
  providers: [OrganizationService, OrganizationReader, OrganizationAdminService, OrganizationResolver],
  exports: [OrganizationService, OrganizationAdminService],
})
export class OrganizationModule {}
