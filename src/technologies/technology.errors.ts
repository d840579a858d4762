import { Field, ObjectType } from '@nestjs/graphql';
import { ErrorResult } from '../common/graphql/error-result.js';
import { SharesSubject } from './technology.enums.js';
import { CalendarDate } from '../common/graphql/scalars.js';

@ObjectType({ implements: () => [ErrorResult], description: 'Shares must total exactly 100%: `total` says what they total, and `day` on which day (for ownership periods).' })
export class SharesDoNotTotalError extends ErrorResult {
  override readonly code = 'SHARES_DO_NOT_TOTAL';

  @Field(() => SharesSubject, { description: 'Whose shares.' })
  subject: SharesSubject;

  @Field({ description: 'The total found, an exact decimal string.' })
  total: string;

  @Field(() => CalendarDate, { nullable: true, description: 'A day (YYYY-MM-DD) on which the owners’ shares do not total 100; null for inventors.' })
  day: string | null;

  constructor(subject: SharesSubject, total: string, day: string | null, field: string) {
    super(
      subject === SharesSubject.OWNERS
        ? `Owners’ shares total ${total}% on ${day}, not 100%`
        : `Inventors’ shares total ${total}%, not 100%`,
      field,
    );
    this.subject = subject;
    this.total = total;
    this.day = day;
  }
}

@ObjectType({ implements: () => [ErrorResult], description: 'Another technology already uses this code.' })
export class TechnologyCodeTakenError extends ErrorResult {
  override readonly code = 'TECHNOLOGY_CODE_TAKEN';
}
