import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../identity/user.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import type { ProgrammeRequestStatus } from './project.enums.js';
import { ProgrammeEntity, ProjectEntity } from './project.entity.js';

/**
 * A request by a project's coordinator to put the project in another organisation's programme. The
 * trigger `programme_attachment_request_final` (in the migration) keeps decided requests as they are.
 */
@Entity('programme_attachment_request')
@Index('programme_attachment_request_open_key', { synchronize: false })
@Index('programme_attachment_request_programme_idx', { synchronize: false })
@Index('programme_attachment_request_programme_status_idx', { synchronize: false })
@Index('programme_attachment_request_project_idx', { synchronize: false })
@Check('programme_attachment_request_status_known', `status IN ('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`)
@Check('programme_attachment_request_decided_when_closed', `(status = 'PENDING') = (decided_at IS NULL)`)
@Check('programme_attachment_request_undecided_when_open', `status <> 'PENDING' OR (decided_by IS NULL AND reason IS NULL)`)
@Check('programme_attachment_request_reason_when_refused', `reason IS NULL OR status IN ('DECLINED', 'WITHDRAWN')`)
@Check('programme_attachment_request_message_length', `message IS NULL OR length(btrim(message)) BETWEEN 1 AND 2000`)
@Check('programme_attachment_request_reason_length', `reason IS NULL OR length(btrim(reason)) BETWEEN 1 AND 2000`)
@Check('programme_attachment_request_elsewhere', `from_programme_id IS DISTINCT FROM programme_id`)
export class ProgrammeRequestEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'programme_attachment_request_pkey' })
  id: string;

  @Column({ name: 'project_id', type: 'uuid' })
  projectId: string;

  @ManyToOne(() => ProjectEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'project_id', foreignKeyConstraintName: 'programme_attachment_request_project_fk' })
  project?: ProjectEntity;

  @Column({ name: 'programme_id', type: 'uuid' })
  programmeId: string;

  @ManyToOne(() => ProgrammeEntity)
  @JoinColumn({ name: 'programme_id', foreignKeyConstraintName: 'programme_attachment_request_programme_fk' })
  programme?: ProgrammeEntity;

  /** The coordinator that asked. */
  @Column({ name: 'requesting_organization_id', type: 'uuid' })
  requestingOrganizationId: string;

  @ManyToOne(() => OrganizationEntity)
  @JoinColumn({ name: 'requesting_organization_id', foreignKeyConstraintName: 'programme_attachment_request_organization_fk' })
  requestingOrganization?: OrganizationEntity;

  /** The project's programme when it asked: accepting after the project moved elsewhere is refused. */
  @Column({ name: 'from_programme_id', type: 'uuid', nullable: true })
  fromProgrammeId: string | null;

  @ManyToOne(() => ProgrammeEntity)
  @JoinColumn({ name: 'from_programme_id', foreignKeyConstraintName: 'programme_attachment_request_from_programme_fk' })
  fromProgramme?: ProgrammeEntity;

  @Column({ type: 'text', nullable: true })
  message: string | null;

  @Column({ type: 'text', default: 'PENDING' })
  status: ProgrammeRequestStatus;

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'requested_by', foreignKeyConstraintName: 'programme_attachment_request_requested_by_fk' })
  requester?: UserEntity;

  @Column({ name: 'created_at', type: 'timestamptz', precision: 3, default: () => 'now()' })
  createdAt: Date;

  @Column({ name: 'decided_by', type: 'uuid', nullable: true })
  decidedBy: string | null;

  @ManyToOne(() => UserEntity)
  @JoinColumn({ name: 'decided_by', foreignKeyConstraintName: 'programme_attachment_request_decided_by_fk' })
  decider?: UserEntity;

  @Column({ name: 'decided_at', type: 'timestamptz', precision: 3, nullable: true })
  decidedAt: Date | null;

  @Column({ type: 'text', nullable: true })
  reason: string | null;
}
