import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditService, changesBetween } from '../audit/audit.service.js';
import { AccessService } from '../common/access/access.service.js';
import { InvalidInputError, VersionConflictError } from '../common/graphql/common-errors.js';
import { unlessKeyTaken } from '../common/database-errors.js';
import { AppError, foundOr, notVisible } from '../common/errors.js';
import type { RequestContext } from '../common/request-context.js';
import { managerOf } from '../common/transaction.js';
import { EventBus } from '../events/event-bus.js';
import type { CreateOrganizationInput, UpdateOrganizationInput } from './dto/organization-profile.input.js';
import { OrganizationEntity } from './organization.entity.js';
import { ORGANIZATION_FOUNDING, type OrganizationFounding } from './organization-founding.js';
import { SlugTakenError } from './organization.errors.js';
import { Helix, OrganizationKind } from './organization.enums.js';
import { OrganizationModel } from './organization.model.js';
import { updateLocked, updateVersioned } from '../database/versioned-update.js';

/** Profile fields recorded in the audit trail when they change. */
const auditedFields: (keyof OrganizationEntity)[] = [
  'slug', 'name', 'nameEn', 'shortName', 'helix', 'secondaryHelices', 'kind', 'parentId', 'country', 'province', 'website', 'description', 'rorId',
];

/**
 * What verification vouches for: who the organisation is, what it is called (short name and slug
 * too: they name it in lists and addresses) and where it sits. A change to any of them by anyone but
 * a platform admin withdraws the badge, so an organisation cannot be verified as one thing and then
 * become another (a company renaming itself after a People's Committee).
 */
const identityFields: (keyof OrganizationEntity)[] = ['name', 'nameEn', 'shortName', 'slug', 'helix', 'secondaryHelices', 'kind', 'country', 'parentId', 'rorId'];

const slugTaken = (slug: string) => new SlugTakenError(`The slug "${slug}" is taken; choose another`, 'input.slug');
const rorIdTaken = () => new InvalidInputError('Another organisation has this ROR ID', 'input.rorId');

/** Creating, editing, verifying and archiving organisations. */
@Injectable()
export class OrganizationAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: AccessService,
    private readonly audit: AuditService,
    private readonly events: EventBus,
    @Inject(ORGANIZATION_FOUNDING) private readonly founding: OrganizationFounding,
  ) {}

  /**
   * The startup a record names (a spin-off, an application to an incubation cohort): an existing one
   * the caller edits, which must be of helix INDUSTRY and kind STARTUP, or a new one made from
   * `created`, with the caller as its first admin. `fields` name the two inputs in errors.
   */
  async startup(
    ctx: RequestContext,
    existingId: string | undefined,
    created: Omit<CreateOrganizationInput, 'helix' | 'kind' | 'secondaryHelices'> | undefined,
    fields: { existing: string; created: string },
  ): Promise<string | InvalidInputError | SlugTakenError> {
    if (existingId) {
      await this.access.requireAccess(ctx, 'organization.write', existingId);
      const found = await managerOf(ctx, this.dataSource).findOne(OrganizationEntity, { where: { id: existingId }, select: { id: true, helix: true, kind: true } });
      if (!found || found.helix !== Helix.INDUSTRY || found.kind !== OrganizationKind.STARTUP) {
        return new InvalidInputError('A startup is an organisation of helix INDUSTRY and kind STARTUP', fields.existing);
      }
      return found.id;
    }
    if (ctx.principal.kind !== 'user') throw new AppError('FORBIDDEN', 'API keys cannot create organisations; a person must sign in');
    const result = await this.create(ctx, { ...created!, helix: Helix.INDUSTRY, kind: OrganizationKind.STARTUP, secondaryHelices: [] });
    if (!(result instanceof OrganizationModel)) {
      result.field = result.field?.replace(/^input\./, `${fields.created}.`) ?? null;
      return result;
    }
    // The caller is the new startup's admin from now on: rights read earlier in the request are stale.
    ctx.clearLoaders();
    return result.id;
  }

  /** Anyone signed in may propose an organisation: it starts unverified and its creator is its first admin. */
  async create(ctx: RequestContext, input: CreateOrganizationInput): Promise<OrganizationModel | InvalidInputError | SlugTakenError> {
    const manager = managerOf(ctx, this.dataSource);
    const secondaryHelices = input.secondaryHelices ?? [];
    if (secondaryHelices.includes(input.helix)) return new InvalidInputError('secondaryHelices must not repeat the primary helix', 'input.secondaryHelices');
    if (input.parentId) await this.access.requireAccess(ctx, 'organization.update', input.parentId);
    const values = {
      name: input.name,
      nameEn: input.nameEn ?? null,
      shortName: input.shortName ?? null,
      helix: input.helix,
      secondaryHelices,
      kind: input.kind,
      parentId: input.parentId ?? null,
      country: input.country,
      province: input.province ?? null,
      website: input.website ?? null,
      description: input.description ?? null,
      rorId: input.rorId ?? null,
    };
    if (values.rorId && (await this.rorIdTaken(manager, values.rorId))) return rorIdTaken();
    const id = input.slug ? await this.insert(manager, { ...values, slug: input.slug }) : await this.insertWithFreeSlug(manager, values, input.nameEn || input.name);
    if (!id) return slugTaken(input.slug!);
    const organization = await manager.findOneByOrFail(OrganizationEntity, { id });
    await this.founding.founded(ctx, organization.id);
    await this.audit.record(ctx, {
      action: 'organization.created',
      organizationId: organization.id,
      entityType: 'Organization',
      entityId: organization.id,
      changes: changesBetween(null, organization, auditedFields),
    });
    return OrganizationModel.fromEntity(organization);
  }

  /**
   * Its admins edit the profile; a stale `expectedVersion` writes nothing. Changing the identity of
   * a verified organisation returns it to the verification queue (`identityFields`).
   */
  async update(ctx: RequestContext, input: UpdateOrganizationInput): Promise<OrganizationModel | VersionConflictError | InvalidInputError | SlugTakenError> {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, input.id, 'organization.update');

    const next: OrganizationEntity = { ...current };
    for (const field of ['name', 'slug', 'helix', 'kind', 'country', 'secondaryHelices'] as const) {
      if (input[field] != null) (next as unknown as Record<string, unknown>)[field] = input[field];
    }
    for (const field of ['nameEn', 'shortName', 'province', 'website', 'description', 'parentId', 'rorId'] as const) {
      if (input[field] !== undefined) next[field] = input[field] ?? null;
    }
    if (next.secondaryHelices.includes(next.helix)) return new InvalidInputError('secondaryHelices must not repeat the primary helix', 'input.secondaryHelices');
    if (next.parentId !== current.parentId && next.parentId) {
      await this.access.requireAccess(ctx, 'organization.update', next.parentId);
      if (await this.wouldCycle(manager, current.id, next.parentId)) {
        return new InvalidInputError('parentId would make the organisation its own ancestor', 'input.parentId');
      }
    }
    if (next.slug !== current.slug && (await manager.existsBy(OrganizationEntity, { slug: next.slug }))) return slugTaken(next.slug);
    if (next.rorId && next.rorId !== current.rorId && (await this.rorIdTaken(manager, next.rorId))) return rorIdTaken();

    if (current.verified && !this.access.isPlatformAdmin(ctx) && Object.keys(changesBetween(current, next, identityFields)).length > 0) next.verified = false;
    const changes = changesBetween(current, next, [...auditedFields, 'verified']);
    // The check above cannot see a rename or creation still uncommitted: the unique key decides.
    const refused = await unlessKeyTaken(
      manager,
      'organization_slug_key',
      (savepoint) =>
        updateVersioned(
          savepoint,
          OrganizationEntity,
          current,
          {
            slug: next.slug, name: next.name, nameEn: next.nameEn, shortName: next.shortName, helix: next.helix,
            secondaryHelices: next.secondaryHelices, kind: next.kind, parentId: next.parentId, country: next.country,
            province: next.province, website: next.website, description: next.description, verified: next.verified, rorId: next.rorId,
          },
          input.expectedVersion,
        ),
      () => slugTaken(next.slug),
    );
    if (refused) return refused;
    await this.audit.record(ctx, { action: 'organization.updated', organizationId: current.id, entityType: 'Organization', entityId: current.id, changes });
    return OrganizationModel.fromEntity(await manager.findOneByOrFail(OrganizationEntity, { id: current.id }));
  }

  async setVerified(ctx: RequestContext, id: string, verified: boolean): Promise<OrganizationModel> {
    await this.access.requireAccess(ctx, 'platform.administer');
    return this.setFlag(ctx, id, 'verified', verified, verified ? 'organization.verified' : 'organization.unverified');
  }

  /** Archived organisations leave the directory and their API keys stop working at once, live subscriptions included; records stay. */
  async archive(ctx: RequestContext, id: string): Promise<OrganizationModel> {
    await this.access.requireAccess(ctx, 'platform.administer');
    this.events.announceRevocation(ctx, { organizationId: id });
    return this.setFlag(ctx, id, 'archivedAt', new Date(), 'organization.archived');
  }

  private async setFlag<K extends 'verified' | 'archivedAt'>(ctx: RequestContext, id: string, field: K, value: OrganizationEntity[K], action: string) {
    const manager = managerOf(ctx, this.dataSource);
    const current = await this.lockFor(ctx, manager, id);
    if (field === 'archivedAt' && current.archivedAt) return OrganizationModel.fromEntity(current);
    await updateLocked(manager, OrganizationEntity, id, { [field]: value });
    const after = await manager.findOneByOrFail(OrganizationEntity, { id });
    await this.audit.record(ctx, { action, organizationId: id, entityType: 'Organization', entityId: id, changes: changesBetween(current, after, [field]) });
    return OrganizationModel.fromEntity(after);
  }

  /** The organisation, locked for the change; archived ones exist only for platform admins. */
  /** The organisation locked for a change, once the caller sees it (archived ones only platform admins) and holds `permission`. */
  private async lockFor(ctx: RequestContext, manager: EntityManager, id: string, permission?: 'organization.update'): Promise<OrganizationEntity> {
    const seen = await manager.findOne(OrganizationEntity, { where: { id }, select: { id: true, archivedAt: true } });
    if (!seen || (seen.archivedAt && !this.access.isPlatformAdmin(ctx))) throw notVisible('organisation');
    if (permission) await this.access.requireAccess(ctx, permission, id);
    return foundOr(await manager.getRepository(OrganizationEntity).findOne({ where: { id }, lock: { mode: 'pessimistic_write' } }), 'organisation');
  }

  private async wouldCycle(manager: EntityManager, id: string, parentId: string): Promise<boolean> {
    const [row]: { cycle: boolean }[] = await manager.query(
      `WITH RECURSIVE ancestors(id, parent_id) AS (
         SELECT id, parent_id FROM organization WHERE id = $2
         UNION SELECT o.id, o.parent_id FROM organization o JOIN ancestors a ON o.id = a.parent_id
       ) SELECT EXISTS (SELECT 1 FROM ancestors WHERE id = $1) AS cycle`,
      [id, parentId],
    );
    return row.cycle;
  }

  /**
   * Inserts under a slug made from the name. A slug another writer took meanwhile (even uncommitted:
   * the insert waits for it to commit or roll back) is passed over for the next free one, so a slug
   * the server chose never collides.
   */
  private async insertWithFreeSlug(manager: EntityManager, values: Omit<Partial<OrganizationEntity>, 'slug'>, name: string): Promise<string> {
    const passedOver = new Set<string>();
    for (;;) {
      const slug = await this.freeSlug(manager, name, passedOver);
      const id = await this.insert(manager, { ...values, slug });
      if (id) return id;
      passedOver.add(slug);
    }
  }

  /** The new organisation's id, or undefined if its slug is taken. */
  private async rorIdTaken(manager: EntityManager, rorId: string): Promise<boolean> {
    return manager.existsBy(OrganizationEntity, { rorId });
  }

  /** The new row's id, or undefined when the slug is taken (another unique key refuses it outright). */
  private async insert(manager: EntityManager, values: Partial<OrganizationEntity>): Promise<string | undefined> {
    const inserted = await manager.createQueryBuilder().insert().into(OrganizationEntity).values(values)
      // ON CONFLICT (slug) DO NOTHING: only a taken slug is passed over.
      .orUpdate([], ['slug'])
      .returning('id')
      .execute();
    return (inserted.raw as { id: string }[])[0]?.id;
  }

  /** A slug from the name, with accents folded (Đ becomes d), made unique with a number if needed. */
  private async freeSlug(manager: EntityManager, name: string, passedOver: ReadonlySet<string>): Promise<string> {
    const [{ base }]: { base: string }[] = await manager.query(
      `SELECT trim(both '-' from regexp_replace(fold_text($1), '[^a-z0-9]+', '-', 'g')) AS base`,
      [name],
    );
    const stem = (base || 'organization').slice(0, 70).replace(/-+$/, '');
    const taken: { slug: string }[] = await manager.query(`SELECT slug FROM organization WHERE slug = $1 OR slug LIKE $2`, [stem, `${stem}-%`]);
    const used = new Set([...passedOver, ...taken.map((row) => row.slug)]);
    if (!used.has(stem)) return stem;
    for (let n = 2; ; n++) if (!used.has(`${stem}-${n}`)) return `${stem}-${n}`;
  }
}
