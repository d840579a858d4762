import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Connection } from '../common/pagination/connection.js';
import { PaginationArgs } from '../common/pagination/pagination.args.js';
import { IsCalendarDate, trimmed } from '../common/validation.js';
import { IcfFactor } from '../projects/project.enums.js';
import { MeasurementStatus, type IndicatorMeasurementEntity } from './indicator.entity.js';
import { ExpectedVersion, OptionalInput, OptionalWebUrl, OptionalYear } from '../common/graphql/input-fields.js';
import { CalendarDate } from '../common/graphql/scalars.js';

registerEnumType(MeasurementStatus, {
  name: 'MeasurementStatus',
  description: 'Whether a platform admin has checked a reported measurement.',
  valuesMap: {
    REPORTED: { description: 'Reported by the organisation, not yet checked. Visible to its members and platform admins.' },
    VERIFIED: { description: 'Checked against its evidence by a platform admin. Public.' },
    REJECTED: { description: 'Checked and not accepted; the review note says why. Visible to its members and platform admins.' },
  },
});

/** Exact decimals with up to 4 places, e.g. "87.5" or "-2.25"; never floating point. */
const valuePattern = /^-?\d{1,16}(\.\d{1,4})?$/;

@ObjectType('IndicatorMeasurement', { description: 'A value an organisation reports for an indicator of one ICF factor over a period.' })
export class IndicatorMeasurementModel {
  @Field(() => ID, { description: 'Stable identifier.' })
  id: string;

  @Field(() => ID, { description: 'The reporting organisation.' })
  organizationId: string;

  @Field(() => IcfFactor, { description: 'The ICF factor the indicator belongs to.' })
  factor: IcfFactor;

  @Field({ description: 'The indicator, e.g. "Households with fixed broadband".' })
  indicator: string;

  @Field({ description: 'The value as an exact decimal string.' })
  value: string;

  @Field({ description: 'Its unit, e.g. "%", "Mbit/s", "people".' })
  unit: string;

  @Field(() => CalendarDate, { description: 'First day of the period measured, YYYY-MM-DD.' })
  periodStart: string;

  @Field(() => CalendarDate, { description: 'Last day of the period measured, YYYY-MM-DD.' })
  periodEnd: string;

  @Field(() => String, { nullable: true, description: 'A link to the evidence (a statistics table, a report).' })
  evidenceUrl: string | null;

  @Field(() => String, { nullable: true, description: 'How it was measured, or caveats.' })
  note: string | null;

  @Field(() => MeasurementStatus, { description: 'Whether a platform admin verified it.' })
  status: MeasurementStatus;

  @Field(() => Date, { nullable: true, description: 'When a platform admin verified or rejected it.' })
  reviewedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The reviewer’s note (why it was rejected, say).' })
  reviewNote: string | null;

  @Field(() => Int, { description: 'Increases with every change; updates name the version they read.' })
  version: number;

  @Field({ description: 'When it was reported.' })
  createdAt: Date;

  static fromEntity(entity: IndicatorMeasurementEntity): IndicatorMeasurementModel {
    const { organization: _o, reviewer: _r, reporter: _p, reviewedBy: _b, reportedBy: _by, updatedAt: _u, ...fields } = entity;
    return Object.assign(new IndicatorMeasurementModel(), fields, { value: normaliseDecimal(entity.value) });
  }
}

/** "87.5000" reads as "87.5"; the value is exact either way. */
export function normaliseDecimal(value: string): string {
  return value.includes('.') ? value.replace(/\.?0+$/, '') : value;
}

@ObjectType({ description: 'A page of indicator measurements (Relay cursor connection).' })
export class IndicatorMeasurementConnection extends Connection(IndicatorMeasurementModel, 'IndicatorMeasurement', 'measurements') {}

@InputType({ description: 'A measurement to report for your organisation.' })
export class ReportIndicatorInput {
  @Field(() => ID, { description: 'The reporting organisation; you must be one of its editors or admins.' })
  @IsUUID()
  organizationId: string;

  @Field(() => IcfFactor, { description: 'The ICF factor.' })
  @IsEnum(IcfFactor)
  factor: IcfFactor;

  @Field({ description: 'The indicator (1 to 200 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  indicator: string;

  @Field({ description: 'The value as an exact decimal string with up to 4 decimals, e.g. "87.5".' })
  @Matches(valuePattern, { message: 'value must be a decimal number written as a string, with up to 4 decimals' })
  value: string;

  @Field({ description: 'The unit (1 to 50 characters).' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(50)
  unit: string;

  @Field(() => CalendarDate, { description: 'First day of the period, YYYY-MM-DD.' })
  @IsCalendarDate()
  periodStart: string;

  @Field(() => CalendarDate, { description: 'Last day of the period, YYYY-MM-DD; not before the first.' })
  @IsCalendarDate()
  periodEnd: string;

  @OptionalWebUrl('A http(s) link to the evidence.', 'must be an http(s) link')
  @MaxLength(2000)
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was measured (up to 2,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A corrected value; the measurement goes back to REPORTED for a new check.' })
export class CorrectIndicatorInput {
  @Field(() => ID, { description: 'The measurement.' })
  @IsUUID()
  id: string;

  @ExpectedVersion()
  expectedVersion: number;

  @Field({ description: 'The corrected value, an exact decimal string.' })
  @Matches(valuePattern, { message: 'value must be a decimal number written as a string, with up to 4 decimals' })
  value: string;

  @OptionalWebUrl('A http(s) link to the evidence; null removes it; omitted keeps it.', 'must be an http(s) link')
  evidenceUrl?: string | null;

  @Field(() => String, { nullable: true, description: 'How it was measured; null removes it; omitted keeps it.' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'A platform admin’s check of a measurement.' })
export class ReviewIndicatorInput {
  @Field(() => ID, { description: 'The measurement.' })
  @IsUUID()
  id: string;

  @ExpectedVersion('The version you checked.')
  expectedVersion: number;

  @Field({ description: 'True to verify, false to reject.' })
  @IsBoolean()
  verified: boolean;

  @Field(() => String, { nullable: true, description: 'Why (required when rejecting; up to 2,000 characters).' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  note?: string | null;
}

@InputType({ description: 'Which measurements to list.' })
export class IndicatorFilter {
  @Field(() => IcfFactor, { nullable: true, description: 'Of this factor.' })
  @IsOptional()
  @IsEnum(IcfFactor)
  factor?: IcfFactor;

  @Field(() => ID, { nullable: true, description: 'Reported by this organisation.' })
  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @Field(() => MeasurementStatus, { nullable: true, description: 'In this status (what you may see of it).' })
  @IsOptional()
  @IsEnum(MeasurementStatus)
  status?: MeasurementStatus;

  @OptionalYear('Periods ending in or after this year.')
  fromYear?: number;

  @OptionalYear('Periods ending in or before this year.')
  toYear?: number;
}

@ArgsType()
export class IndicatorMeasurementsArgs extends PaginationArgs {
  @OptionalInput(() => IndicatorFilter, 'Conditions; all must hold.')
  filter?: IndicatorFilter;
}
