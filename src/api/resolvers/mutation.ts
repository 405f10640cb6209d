// Writes: only with the server's KG_API_KEY (see context.ts).
import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { beyondDeadline } from '../../graph/deadline.ts';
import { ingestReport } from '../../ingest.ts';
import { requireWriteAccess, type ApiContext } from '../context.ts';
import { badInput, notFound } from '../errors.ts';
import { IngestResult } from '../types/mutation.ts';

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

/** The report's bytes as `kg ingest` reads a file's: the UTF-8 of `text`, or the decoded `base64`. */
function reportBytes(text: string | undefined, base64: string | undefined): { bytes: Uint8Array; label: string } {
  if ((text === undefined) === (base64 === undefined)) throw badInput('send the report as either text or base64');
  if (text !== undefined) {
    if (text.trim().length === 0) throw badInput('text must not be empty');
    return { bytes: Buffer.from(text, 'utf8'), label: 'text' };
  }
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64!.replace(/\s+/g, ''))) throw badInput('base64 is not base64 data');
  return { bytes: Buffer.from(base64!, 'base64'), label: 'base64' };
}

@Resolver()
export class MutationResolver {
  @Mutation(() => IngestResult, {
    description:
      'Extracts a report and adds it to the graph (idempotent: the same text changes nothing). Needs the API key.',
  })
  async ingestReport(
    @Arg('text', () => String, { nullable: true, description: 'The report, plain text or HTML (or send base64).' })
    text: string | undefined,
    @Arg('base64', () => String, {
      nullable: true,
      description: "The report file's bytes, base64-encoded, in any encoding `kg ingest` reads (instead of text).",
    })
    base64: string | undefined,
    @Arg('title', () => String, { nullable: true }) title: string | undefined,
    @Arg('source', () => String, { nullable: true, description: 'The publishing site or source.' })
    source: string | undefined,
    @Arg('publishedAt', () => String, { nullable: true, description: 'YYYY-MM-DD.' }) publishedAt: string | undefined,
    @Arg('name', () => String, { nullable: true, description: 'A name for the report (default: its title).' })
    name: string | undefined,
    @Ctx() context: ApiContext,
  ) {
    requireWriteAccess(context);
    const { bytes, label } = reportBytes(text ?? undefined, base64 ?? undefined);
    // The same use case as `kg ingest`: checked, extracted, then upserted (entities resolved across reports)
    // atomically, with the same size limit.
    const result = await ingestReport(
      context.store,
      {
        name: name ?? title ?? 'report',
        bytes,
        title: title ?? undefined,
        source: source ?? undefined,
        publishedAt: checkDate('publishedAt', publishedAt ?? undefined),
      },
      { maxBytes: context.maxReportBytes, label },
    );
    // Committed: answered in full, however late (a write answered TIMEOUT is one that was never kept).
    const report = await beyondDeadline(() => context.store.getReport(result.reportId));
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
