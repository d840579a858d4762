import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An invitation carries the position (title) the invitee will hold, copied to the membership. */
export class InvitationPosition1795591000000 implements MigrationInterface {
  name = 'InvitationPosition1795591000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `ALTER TABLE invitation ADD COLUMN position text CONSTRAINT invitation_position_length CHECK (length(position) <= 200)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE invitation DROP COLUMN position`);
  }
}
