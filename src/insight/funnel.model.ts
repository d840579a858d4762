import { Field, Float, InputType, Int, ObjectType } from '@nestjs/graphql';
import { BudgetTotal } from './collaboration.model.js';
import { ReportScope } from './dto/report-scope.js';

@InputType({ description: 'Whose commercialisation to count, and when. All conditions must hold.' })
export class FunnelFilter extends ReportScope {}

@ObjectType({ description: 'Licence income in one currency.' })
export class IncomeTotal {
  @Field({ description: 'ISO 4217 currency code.' })
  currency: string;

  @Field(() => String, { nullable: true, description: 'The exact sum; null when withheld (see `suppressed`).' })
  amount: string | null;

  @Field({ description: 'True when withheld: shown only to the parties of every agreement behind it, or when at least 3 verified licensors other than your own organisations count and none accounts for 80% or more.' })
  suppressed: boolean;

  @Field(() => Int, { description: 'Agreements that brought income.' })
  agreements: number;
}

@ObjectType({ description: 'AUTM-style counts of the commercialisation chain over a period.' })
export class FunnelFigures {
  @Field(() => Int, { description: 'Invention disclosures submitted (by the date of submission), to the organisations counted.' })
  disclosures: number;

  @Field(() => Int, { description: 'New patent and utility-solution applications: first filings, not claiming an earlier filing’s priority (by filing date), of technologies the organisations owned then.' })
  newPatentApplications: number;

  @Field(() => Int, { description: 'All patent and utility-solution filings, national and regional phases included.' })
  patentFilings: number;

  @Field(() => Int, { description: 'Patents and utility solutions granted (by grant date).' })
  patentsGranted: number;

  @Field(() => Int, { description: 'Licences executed (by execution date) with the organisations as licensors.' })
  licencesExecuted: number;

  @Field(() => Int, { description: 'Options executed.' })
  optionsExecuted: number;

  @Field(() => [IncomeTotal], { description: 'Licence income received (all kinds of receipt), per currency.' })
  licenceIncome: IncomeTotal[];

  @Field(() => Int, { description: 'Startups formed (spin-offs founded) with the organisations as parent institutions.' })
  startupsFormed: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Startups admitted to incubation programmes (by the day of admission, whatever came after), with the organisations as runners or as the startups; none for a research programme. Null when withheld: shown when you may read every file behind it (the runner’s and the startup’s members), or at least 3 verified startups other than your own count and none accounts for 80% or more, since a count narrowed to one startup would tell its file.',
  })
  startupsIncubated: number | null;

  @Field(() => Int, { nullable: true, description: 'Startups that graduated from incubation programmes (by the day they graduated), counted and withheld as `startupsIncubated`.' })
  startupsGraduated: number | null;

  @Field(() => [BudgetTotal], { description: 'Research expenditure: budgets of the projects the organisations coordinate, by the projects’ start year, per currency.' })
  researchExpenditure: BudgetTotal[];
}

@ObjectType({ description: 'The figures of one year.' })
export class FunnelYear extends FunnelFigures {
  @Field(() => Int, { description: 'The year.' })
  year: number;
}

@ObjectType({ description: 'How many of one stage reach the next, over the whole period (a ratio of counts, not a tracking of single records).' })
export class StageConversion {
  @Field({ description: 'The earlier stage, e.g. "disclosures".' })
  from: string;

  @Field({ description: 'The later stage, e.g. "newPatentApplications".' })
  to: string;

  @Field(() => Float, { nullable: true, description: 'to / from; null when there is no earlier-stage record.' })
  rate: number | null;
}

@ObjectType({ description: 'The commercialisation funnel and AUTM-style report, with incubation beside the startups formed: per year, in total, and the conversion between stages.' })
export class CommercialisationFunnel {
  @Field(() => FunnelFigures, { description: 'Over the whole period.' })
  total: FunnelFigures;

  @Field(() => [FunnelYear], { description: 'Each year with any record, oldest first.' })
  years: FunnelYear[];

  @Field(() => [StageConversion], {
    description: 'Disclosures → new patent applications → grants; disclosures → licences and options; disclosures → startups; startups incubated → graduated (null when either count is withheld).',
  })
  conversions: StageConversion[];
}
