import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { trimmed } from '../../common/validation.js';
import { HelixBasis, type CollaborationFilter } from './collaboration.filter.js';

/** The query string of a chart: the collaboration filter, flattened (`includeUnits=false` to count an organisation alone), and how many items to draw. */
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
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  includeUnits?: boolean;

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
    const { fromYear, toYear, programmeId, province, organizationId, includeUnits, helixBasis } = this;
    return { fromYear, toYear, programmeId, province, organizationId, includeUnits: includeUnits ?? true, helixBasis: helixBasis ?? HelixBasis.PRIMARY };
  }

  /** A line saying what the chart covers; `projects` when it counts projects. */
  describe(projects = true): string {
    const parts = [this.fromYear || this.toYear ? `Years ${this.fromYear ?? '…'}–${this.toYear ?? '…'}` : 'All years'];
    if (this.province) parts.push(`province ${this.province}`);
    if (this.programmeId) parts.push(projects ? 'one programme' : 'one programme’s results');
    const units = this.includeUnits === false ? '' : ' and its units';
    if (this.organizationId) parts.push(projects ? `projects of one organisation${units}` : `one organisation${units}`);
    if (this.helixBasis === HelixBasis.PRIMARY_AND_SECONDARY) parts.push('hybrids counted in every helix');
    return `${parts.join(', ')}.${projects ? ' Proposed, active, on-hold and completed projects.' : ''}`;
  }
}
