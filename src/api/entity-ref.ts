// An entity named in an argument by its id or by an exact name or alias (Traditional or Simplified): researchers
// ask "how are X and Y connected" with names, not ids. A name several entities bear is AMBIGUOUS, with the
// candidates listed so the client can pick an id.
import { GraphQLError } from 'graphql';
import { kindOfId } from '../ontology/model.ts';
import type { StoredEntity } from '../graph/store.ts';
import type { ApiContext } from './context.ts';
import { ErrorCode, notFound } from './errors.ts';
import { normalizeQuery } from './input.ts';

/** Exact matches looked at; more entities than this bearing one name would be a broken store. */
const MAX_CANDIDATES = 20;

export async function resolveEntityRef(context: ApiContext, argument: string, ref: string): Promise<StoredEntity> {
  if (kindOfId(ref)) {
    const byId = await context.loaders.entity.load(ref);
    if (byId) return byId;
  }
  const name = normalizeQuery(argument, ref);
  const found = await context.store.searchEntities(name, { limit: MAX_CANDIDATES });
  const exact = found.filter((e) => e.name === name || e.aliases.includes(name));
  if (exact.length === 1) return exact[0]!;
  if (exact.length === 0) {
    throw notFound(`${argument}: no entity has the id, name or alias "${ref}" (search finds partial names)`);
  }
  const candidates = exact.map((e) => ({ id: e.id, kind: e.kind, name: e.name }));
  throw new GraphQLError(
    `${argument}: "${ref}" names ${exact.length} entities; pass one of their ids: ` +
      candidates.map((c) => c.id).join(', '),
    { extensions: { code: ErrorCode.AMBIGUOUS, candidates } },
  );
}
