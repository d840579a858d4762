import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { In, type DataSource } from 'typeorm';
import { AccessService } from '../common/access/access.service.js';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AppError, foundOr, notFound } from '../common/errors.js';
import { InvalidInputError } from '../common/graphql/common-errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { AuthService } from './auth.service.js';
import { UserEntity } from './user.entity.js';
import { UserModel } from './user.model.js';
import type { UpdateProfileInput } from './dto/auth.inputs.js';
import { updateLocked } from '../database/versioned-update.js';
import { pageOf, type ConnectionShape } from '../common/pagination/connection.js';
import { decodeCursor, encodeCursor } from '../common/pagination/cursor.js';
import { defaultPageSize } from '../common/pagination/pagination.args.js';
import { escapeLike } from '../common/search.js';
import type { UserListArgs } from './user-list.js';

const listOrder = 'CREATED_AT:DESC';

/** Accounts as others see them, and their administration by platform admins. */
@Injectable()
export class UserService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly auth: AuthService,
  ) {}

  async me(ctx: RequestContext): Promise<UserModel> {
    return UserModel.fromEntity(await this.dataSource.getRepository(UserEntity).findOneByOrFail({ id: ctx.userId }));
  }

  /** Users by id, batched per request (for members, inviters, audit actors). */
  byId(ctx: RequestContext, id: string): Promise<UserModel | null> {
    const loader = ctx.loader('user.byId', () => new DataLoader<string, UserModel | null>(async (ids) => {
      const users = await this.dataSource.getRepository(UserEntity).findBy({ id: In([...ids]) });
      const found = new Map(users.map((user) => [user.id, UserModel.fromEntity(user)]));
      return ids.map((userId) => found.get(userId) ?? null);
    }));
    return loader.load(id);
  }

  /** Platform admins: every account, newest first, by name or email and by whether it is disabled. */
  async list(ctx: RequestContext, args: UserListArgs): Promise<ConnectionShape<UserModel>> {
    await this.access.requireAccess(ctx, 'platform.administer');
    const first = args.first ?? defaultPageSize;
    const matching = this.dataSource.getRepository(UserEntity).createQueryBuilder('u');
    const filter = args.filter ?? {};
    const words = (filter.search ?? '').trim().toLowerCase().split(/\s+/).filter(Boolean);
    words.forEach((word, index) =>
      matching.andWhere(`(lower(u.display_name) LIKE :w${index} OR lower(u.email) LIKE :w${index})`, { [`w${index}`]: `%${escapeLike(word)}%` }),
    );
    if (filter.disabled !== undefined && filter.disabled !== null) matching.andWhere(filter.disabled ? 'u.disabled_at IS NOT NULL' : 'u.disabled_at IS NULL');
    const page = matching.clone();
    const after = args.after != null ? decodeCursor(args.after, listOrder, 'timestamp') : undefined;
    if (after) page.andWhere('(u.created_at, u.id) < (:afterAt, :afterId)', { afterAt: after.value, afterId: after.id });
    const rows = first === 0 ? [] : await page.orderBy('u.created_at', 'DESC').addOrderBy('u.id', 'DESC').limit(first + 1).getMany();
    return pageOf(
      rows.map(UserModel.fromEntity),
      {
        first,
        after: args.after,
        precededBy: async () => after !== undefined && (await matching.clone().andWhere('(u.created_at, u.id) >= (:afterAt, :afterId)', { afterAt: after.value, afterId: after.id }).getExists()),
      },
      (node) => encodeCursor({ order: listOrder, value: node.createdAt.toISOString(), id: node.id }),
      () => matching.getCount(),
    );
  }

  /** Email addresses are personal: the person, platform admins, and admins of their organisations see them. */
  async emailOf(ctx: RequestContext, user: UserModel): Promise<string | null> {
    if (ctx.isSelf(user.id) || (await this.access.can(ctx, 'person.readEmail', user.id))) return user.email;
    return null;
  }

  /** The signed-in person changes their name, ORCID iD or language; one account per ORCID iD. */
  async updateProfile(ctx: RequestContext, input: UpdateProfileInput): Promise<UserModel | InvalidInputError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = foundOr(await manager.getRepository(UserEntity).findOne({ where: { id: ctx.userId }, lock: { mode: 'pessimistic_write' } }), 'user');
    const next: UserEntity = {
      ...current,
      displayName: input.displayName ?? current.displayName,
      orcid: input.orcid === undefined ? current.orcid : input.orcid,
      language: input.language === undefined ? current.language : input.language,
    };
    if (next.orcid && next.orcid !== current.orcid && (await manager.existsBy(UserEntity, { orcid: next.orcid }))) {
      return new InvalidInputError('Another account has this ORCID iD', 'input.orcid');
    }
    const changes = changesBetween(current, next, ['displayName', 'orcid', 'language']);
    if (Object.keys(changes).length > 0) {
      await updateLocked(manager, UserEntity, current.id, { displayName: next.displayName, orcid: next.orcid, language: next.language });
      await this.audit.record(ctx, { action: 'user.profile_updated', entityType: 'User', entityId: current.id, changes });
    }
    return UserModel.fromEntity(await manager.findOneByOrFail(UserEntity, { id: current.id }));
  }

  /** Disabling ends every session at once; access tokens are checked against their session. */
  async setDisabled(ctx: RequestContext, userId: string, disabled: boolean): Promise<UserModel> {
    await this.access.requireAccess(ctx, 'platform.administer');
    const manager = managerOf(ctx, this.dataSource);
    const user = await manager.getRepository(UserEntity).findOneBy({ id: userId });
    if (!user) throw notFound('user');
    if (user.id === ctx.userId) throw new AppError('FORBIDDEN', 'You cannot disable your own account');
    const before = user.disabledAt;
    user.disabledAt = disabled ? (before ?? new Date()) : null;
    await updateLocked(manager, UserEntity, user.id, { disabledAt: user.disabledAt });
    if (disabled) await this.auth.revokeAllSessions(ctx, user.id, 'ACCOUNT_DISABLED');
    await this.audit.record(ctx, {
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'User',
      entityId: user.id,
      changes: { disabled: { before: before !== null, after: disabled } },
    });
    return UserModel.fromEntity(user);
  }
}
