import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { chartWords, type ChartLanguage, type ChartWords } from '../charts/chart-words.js';
import { trimmed } from '../../common/validation.js';
import { HelixBasis, type CollaborationFilter } from './collaboration.filter.js';

/** The query string of a chart: the collaboration filter, flattened (`includeUnits=false` to count an organisation alone), how many items to draw, and the language (`lang=vi|en`). */
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

  @IsOptional()
  @IsIn(['vi', 'en'], { message: 'lang must be vi or en' })
  lang?: ChartLanguage;

  /** The chart's words in the language asked for (English by default). */
  get words(): ChartWords {
    return chartWords[this.lang ?? 'en'];
  }

  toFilter(): CollaborationFilter {
    const { fromYear, toYear, programmeId, province, organizationId, includeUnits, helixBasis } = this;
    return { fromYear, toYear, programmeId, province, organizationId, includeUnits: includeUnits ?? true, helixBasis: helixBasis ?? HelixBasis.PRIMARY };
  }

  /** A line saying what the chart covers; `projects` when it counts projects. */
  describe(projects = true): string {
    const { scope } = this.words;
    const parts = [this.fromYear || this.toYear ? scope.years(String(this.fromYear ?? '…'), String(this.toYear ?? '…')) : scope.allYears];
    if (this.province) parts.push(scope.province(this.province));
    if (this.programmeId) parts.push(projects ? scope.programme : scope.programmeResults);
    const units = this.includeUnits !== false;
    if (this.organizationId) parts.push(projects ? scope.organizationProjects(units) : scope.organization(units));
    if (this.helixBasis === HelixBasis.PRIMARY_AND_SECONDARY) parts.push(scope.hybrids);
    return `${parts.join(', ')}.${projects ? ` ${scope.statuses}` : ''}`;
  }
}
