import { Global, Injectable, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MemberRole } from '../common/access/vocabulary.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { ORGANIZATION_FOUNDING, type OrganizationFounding } from '../organizations/organization-founding.js';
import { MembershipEntity, MembershipStatus } from './membership.entity.js';

/** The creator of an organisation is its first admin, from today. */
@Injectable()
export class FounderMembership implements OrganizationFounding {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async founded(ctx: RequestContext, organizationId: string): Promise<void> {
    await managerOf(ctx, this.dataSource).insert(MembershipEntity, {
      organizationId,
      userId: ctx.userId!,
      role: MemberRole.ADMIN,
      status: MembershipStatus.ACTIVE,
      since: () => 'CURRENT_DATE',
    });
  }
}

@Global()
@Module({ providers: [{ provide: ORGANIZATION_FOUNDING, useClass: FounderMembership }], exports: [ORGANIZATION_FOUNDING] })
export class FounderMembershipModule {}
