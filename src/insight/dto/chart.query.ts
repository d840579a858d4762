import { Transform, Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trimmed } from '../../common/validation.js';
import { HelixBasis, type CollaborationFilter } from './collaboration.filter.js';

/** The query string of a chart: the collaboration filter, flattened, and how many items to draw. */
export class ChartQuery {
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  fromYear?: number;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  toYear?: number;

  @IsOptional()
  @IsUUID()
  programmeId?: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  @Transform(trimmed)
  province?: string;

  @IsOptional()
  @IsUUID()
  organizationId?: string;

  @IsOptional()
  @IsEnum(HelixBasis)
  helixBasis?: HelixBasis;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(30)
  first?: number;

  toFilter(): CollaborationFilter {
    const { fromYear, toYear, programmeId, province, organizationId, helixBasis } = this;
    return { fromYear, toYear, programmeId, province, organizationId, helixBasis: helixBasis ?? HelixBasis.PRIMARY };
  }

  /** A line saying what the chart covers; `projects` when it counts projects. */
  describe(projects = true): string {
    const parts = [this.fromYear || this.toYear ? `Years ${this.fromYear ?? '…'}–${this.toYear ?? '…'}` : 'All years'];
    if (this.province) parts.push(`province ${this.province}`);
    if (this.programmeId) parts.push('one programme');
    if (this.organizationId) parts.push(projects ? 'one organisation’s projects' : 'one organisation and its units');
    if (this.helixBasis === HelixBasis.PRIMARY_AND_SECONDARY) parts.push('hybrids counted in every helix');
    return `${parts.join(', ')}.${projects ? ' Proposed, active, on-hold and completed projects.' : ''}`;
  }
}
