import { existsSync } from 'node:fs';
import fs from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { hashPassword } from '../identity/credentials.js';

/** Sample people for trying the API on the embedded database; never created anywhere else. */
const demoAccounts = [
  { email: 'demo.admin@eiu.sample', displayName: 'Demo admin of EIU (sample data)', organization: 'eiu', role: 'ADMIN' },
  { email: 'demo.editor@becamex.sample', displayName: 'Demo editor of Becamex IDC (sample data)', organization: 'becamex-idc', role: 'EDITOR' },
  { email: 'demo.member@dost.sample', displayName: 'Demo member of the DOST (sample data)', organization: 'binh-duong-dost', role: 'MEMBER' },
  { email: 'demo.broker@tto.sample', displayName: 'Demo broker of the sample technology-transfer office (sample data)', organization: 'sample-technology-transfer-office', role: 'EDITOR' },
] as const;

/**
 * Creates the demo accounts, each with a random password written with its email to `file` (readable
 * by this account only). Once the file exists nothing changes; if it was lost, new passwords are set.
 * Returns whether passwords were (re)set now.
 */
export async function seedDemoAccounts(dataSource: DataSource, file: string): Promise<boolean> {
  if (existsSync(file)) return false;
  const credentials: { email: string; password: string; organization: string; role: string }[] = [];
  await dataSource.transaction(async (manager) => {
    for (const account of demoAccounts) {
      const password = randomBytes(12).toString('base64url');
      const [user]: { id: string }[] = await manager.query(
        `INSERT INTO user_account (email, display_name, password_hash) VALUES ($1, $2, $3)
         ON CONFLICT (email) DO UPDATE SET password_hash = EXCLUDED.password_hash RETURNING id`,
        [account.email, account.displayName, await hashPassword(password)],
      );
      await manager.query(
        `INSERT INTO membership (organization_id, user_id, role, status, position, since)
         SELECT id, $2, $3, 'ACTIVE', 'Sample data', current_date FROM organization WHERE slug = $1
         ON CONFLICT (organization_id, user_id) WHERE status IN ('ACTIVE', 'REQUESTED') DO NOTHING`,
        [account.organization, user.id, account.role],
      );
      credentials.push({ email: account.email, password, organization: account.organization, role: account.role });
    }
  });
  await fs.writeFile(file, `${JSON.stringify({ note: 'Sample data: demo accounts of the embedded database', accounts: credentials }, null, 2)}\n`, { mode: 0o600 });
  return true;
}
