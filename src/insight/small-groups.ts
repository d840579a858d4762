import { Injectable } from '@nestjs/common';
import { AccessService } from '../common/access/access.service.js';
import type { RequestContext } from '../common/request-context.js';

/** A confidential figure must stand for at least this many organisations, projects or technologies before it is public. */
export const minimumGroupSize = 3;

/**
 * When an aggregate of confidential figures may be shown. Contributions and budgets are confidential
 * to a project's participants, and TRL levels to a technology's owners, so a public figure must not
 * let anyone single one out: it is shown when it covers at least `minimumGroupSize` organisations
 * (contributions), projects (budgets) or technologies (TRL). Platform admins see every figure, and so
 * do members of the organisation a filter selects (they take part in every project counted, and
 * participants see each other's money).
 */
@Injectable()
export class SmallGroups {
  constructor(private readonly access: AccessService) {}

  /** Whether the caller sees every total of this selection, however small. */
  async seesAll(ctx: RequestContext, filter: { organizationId?: string } | undefined): Promise<boolean> {
    if (this.access.isPlatformAdmin(ctx)) return true;
    return Boolean(filter?.organizationId) && (await this.access.can(ctx, 'read', filter!.organizationId!));
  }

  /** The figure, or null when it covers too few to be shown to this caller. */
  static shown<T>(total: T, groupSize: number, seesAll: boolean): T | null {
    return seesAll || groupSize >= minimumGroupSize ? total : null;
  }
}
