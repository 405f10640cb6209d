// What the mutations answer.
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Report } from './entity.ts';

export const IngestStatusEnum = { ADDED: 'added', UNCHANGED: 'unchanged' } as const;
registerEnumType(IngestStatusEnum, {
  name: 'IngestStatus',
  description: 'ADDED: the report is new. UNCHANGED: the same text was ingested before; nothing changed.',
});

@ObjectType({ description: 'The outcome of ingesting a report.', simpleResolvers: true })
export class IngestResult {
  @Field(() => Report)
  report!: Report;
  @Field(() => IngestStatusEnum)
  status!: string;
  @Field(() => Int, { description: 'Entities the graph did not hold before.' })
  entitiesAdded!: number;
  @Field(() => Int, { description: 'Relations the graph did not hold before.' })
  relationsAdded!: number;
}
