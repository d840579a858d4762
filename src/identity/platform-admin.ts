import type { DataSource } from 'typeorm';
import { recordCommand } from '../audit/audit.service.js';
import { emailProblem, hashPassword, normaliseEmail, passwordProblem } from './credentials.js';
import { UserEntity } from './user.entity.js';
import { PlatformRole } from '../common/access/vocabulary.js';
import { updateLocked } from '../database/versioned-update.js';

/**
 * Makes a platform admin from the command line (`npm run admin:create`): creates the account, or
 * promotes an existing one (whose password is then left as it is). No admin exists by default.
 */
export async function createPlatformAdmin(dataSource: DataSource, options: { email?: string; password?: string; name?: string }): Promise<string> {
  const email = normaliseEmail(options.email ?? '');
  const problem = emailProblem(email) ?? (options.password === undefined ? 'Give --password' : passwordProblem(options.password, email));
  if (problem) throw new Error(problem);
  return dataSource.transaction(async (manager) => {
    const existing = await manager.findOneBy(UserEntity, { email });
    let userId: string;
    let action: string;
    if (existing) {
      await updateLocked(manager, UserEntity, existing.id, { platformRole: PlatformRole.PLATFORM_ADMIN });
      userId = existing.id;
      action = 'user.promoted';
    } else {
      const created = await manager.save(UserEntity, manager.create(UserEntity, {
        email,
        displayName: options.name?.trim() || email.split('@')[0],
        passwordHash: await hashPassword(options.password!),
        platformRole: PlatformRole.PLATFORM_ADMIN,
      }));
      userId = created.id;
      action = 'user.created';
    }
    await recordCommand(manager, 'admin:create', {
      action,
      entityType: 'User',
      entityId: userId,
      changes: { platformRole: { before: existing?.platformRole ?? null, after: PlatformRole.PLATFORM_ADMIN } },
    });
    return existing
      ? `${email} is now a platform admin (its password was not changed)`
      : `created the platform admin ${email}`;
  });
}
