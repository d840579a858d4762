import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../common/pagination/connection.js';
import type { SpinOffEntity } from './spin-off.entity.js';
import { SpinOffStatus } from './spin-off.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType('SpinOff', {
  description: 'A startup founded on an institution’s technologies. Public: the startup, its parent, founding date and status; the equity held only to members of the parent and of the startup.',
})
export class SpinOffModel {
  @Field(() => ID, { description: 'Stable identifier (UUID).' })
  id: string;

  @Field(() => CalendarDate, { description: 'Day it was founded (YYYY-MM-DD).' })
  foundedOn: string;

  @Field(() => SpinOffStatus, { description: 'Where it stands.' })
  status: SpinOffStatus;

  @Field(() => Int, { description: 'Changes with every edit; pass it as `expectedVersion`.' })
  version: number;

  @Field(() => GraphQLISODateTime, { description: 'When it was recorded.' })
  createdAt: Date;

  organizationId: string;
  parentOrganizationId: string;
  agreementId: string | null;
  equityHeld: string | null;

  static fromEntity(entity: SpinOffEntity): SpinOffModel {
    return Object.assign(new SpinOffModel(), {
      id: entity.id,
      foundedOn: entity.foundedOn,
      status: entity.status,
      version: entity.version,
      createdAt: entity.createdAt,
      organizationId: entity.organizationId,
      parentOrganizationId: entity.parentOrganizationId,
      agreementId: entity.agreementId,
      equityHeld: entity.equityHeld,
    });
  }
}

@ObjectType({ description: 'A page of spin-offs, newest first (Relay cursor connection).' })
export class SpinOffConnection extends Connection(SpinOffModel, 'SpinOff', 'spin-offs') {}

