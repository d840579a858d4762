import { matrixSuite, people } from '../support/authorization-matrix.js';
import { accountRows } from './accounts.rows.js';

matrixSuite('accounts, organisations, memberships, API keys, audit', accountRows, (state) => {
  it('recorded each allowed mutation in the audit trail with its actor', async () => {
    const { world } = state();
    const rows: { action: string; actor_user_id: string | null }[] = await world.sql(`SELECT action, actor_user_id FROM audit_event`);
    const byAction = (action: string) => rows.filter((row) => row.action === action);
    const id = (name: string) => world.accounts.get(name)!.id;
    expect(byAction('organization.archived').map((row) => row.actor_user_id)).toEqual([id('platformAdmin')]);
    expect(byAction('api_key.revoked').map((row) => row.actor_user_id).sort()).toEqual([id('adminA'), id('adminA'), id('platformAdmin')].sort());
    // Throwaway organisations are made by an admin from outside the matrix.
    const ofTheMatrix = new Set([...world.accounts.values()].map((account) => account.id));
    expect(byAction('organization.created').filter((row) => ofTheMatrix.has(row.actor_user_id!))).toHaveLength(2 + people.length);
  });
});
