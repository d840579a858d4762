import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitation tokens are sealed in outbox messages from now on (AES-256-GCM under OUTBOX_SECRET);
 * the tokens left readable in older messages are removed. Those invitations still work with the
 * token their inviter was shown.
 */
export class SealedOutboxTokens1795596290000 implements MigrationInterface {
  name = 'SealedOutboxTokens1795596290000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE outbox_message SET payload = payload - 'token' WHERE kind = 'invitation' AND payload ? 'token'`);
  }

  async down(): Promise<void> {
    // A removed token cannot be brought back.
  }
}
