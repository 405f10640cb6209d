// Writes: only with the server's KG_API_KEY (see context.ts).
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { ingestReport } from '../../ingest.ts';
import { requireWriteAccess, type ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { IngestResult } from '../types/mutation.ts';

/** Reports are articles: a few hundred kilobytes at most. */
export const MAX_REPORT_CHARS = 1_000_000;

function checkDate(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (
    !date ||
    Number.isNaN(Date.parse(`${value}T00:00:00Z`)) ||
    new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) !== value
  ) {
    throw badInput(`${name} must be a date as YYYY-MM-DD, got "${value}"`);
  }
  return value;
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts a report and adds it to the graph (idempotent: the same text changes nothing). Needs the API key.',
  })
  async ingestReport(
    @Arg('text', () => String, { description: 'The report, plain text or HTML.' }) text: string,
    @Arg('title', () => String, { nullable: true }) title: string | undefined,
    @Arg('source', () => String, { nullable: true, description: 'The publishing site or source.' })
    source: string | undefined,
    @Arg('publishedAt', () => String, { nullable: true, description: 'YYYY-MM-DD.' }) publishedAt: string | undefined,
    @Arg('name', () => String, { nullable: true, description: 'A name for the report (default: its title).' })
    name: string | undefined,
    @Ctx() context: ApiContext,
  ) {
    requireWriteAccess(context);
    if (text.trim().length === 0) throw badInput('text must not be empty');
    if (text.length > MAX_REPORT_CHARS)
      throw badInput(`text must be at most ${MAX_REPORT_CHARS} characters, got ${text.length}`);
    // The same use case as `kg ingest`: extracted, then upserted (entities resolved across reports) atomically.
    const result = await ingestReport(context.store, {
      name: name ?? title ?? 'report',
      text,
      title: title ?? undefined,
      source: source ?? undefined,
      publishedAt: checkDate('publishedAt', publishedAt ?? undefined),
    });
    const report = await context.store.getReport(result.reportId);
    return { ...result, report };
  }

  @Mutation(() => Boolean, {
    description: 'Removes a report; facts only it supported disappear. Needs the API key.',
  })
  async deleteReport(@Arg('id', () => ID) id: string, @Ctx() context: ApiContext) {
    requireWriteAccess(context);
    if (!(await context.store.deleteReport(id))) throw notFound(`id: no report has the id "${id}"`);
    return true;
  }
}
