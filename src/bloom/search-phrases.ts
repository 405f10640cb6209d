// The perspective's search phrases: what a Bloom user types ("园区 $park 的企业") and the parameterized Cypher it runs
// over the Neo4j store's layout (src/graph/neo4j/graph-model.ts: (:Entity:<Kind> {id, kind, name, aliases}),
// (:Report {title, ...}), ontology relationships carrying their evidence sentences, MENTIONED_IN to reports).
// Labels and relationship types come from model.ts; parameters are only ever values.
import { RELATION_TYPES } from '../ontology/model.ts';
import type { EntityKind } from '../ontology/model.ts';
import { ENTITY_LABEL, MENTIONED_IN, REPORT_LABEL } from '../graph/neo4j/graph-model.ts';
import { MAX_PATH_HOPS } from '../graph/store.ts';

export interface PhraseParam {
  /** Without the `$`. */
  name: string;
  /** The label whose `name` values Bloom suggests while the user types. */
  suggestFrom: EntityKind | typeof ENTITY_LABEL;
}

export interface SearchPhrase {
  /** What the phrase does, in English (Bloom shows it under the phrase). */
  description: string;
  /** What the user types, Simplified Chinese, with $params. */
  text: string;
  cypher: string;
  params: PhraseParam[];
}

/** Most nodes a phrase brings into the scene: Bloom slows down well before a few thousand. */
export const PHRASE_LIMIT = 300;

/** `variable` is the entity named `param`, by its canonical name or one of its aliases. */
const named = (variable: string, param: string) => `(${variable}.name = $${param} OR $${param} IN ${variable}.aliases)`;

const ONTOLOGY_TYPES = RELATION_TYPES.join('|');

export const SEARCH_PHRASES: readonly SearchPhrase[] = [
  {
    description: 'Companies in a park: those that invest in it or are located in it, with the facts that say so.',
    text: '园区 $park 的企业',
    params: [{ name: 'park', suggestFrom: 'Park' }],
    cypher: `MATCH (park:Park)
WHERE ${named('park', 'park')}
MATCH path = (:Company)-[:INVESTS_IN|LOCATED_IN]->(park)
RETURN path
LIMIT ${PHRASE_LIMIT}`,
  },
  {
    description: 'Who leads a park: officials and people holding a post in it (the post is the relationship title).',
    text: '园区 $park 的领导',
    params: [{ name: 'park', suggestFrom: 'Park' }],
    cypher: `MATCH (park:Park)
WHERE ${named('park', 'park')}
MATCH path = (:Official|Person)-[:HOLDS_POSITION]->(park)
RETURN path
LIMIT ${PHRASE_LIMIT}`,
  },
  {
    description:
      'Parks linked with a park: fellow members of a partnership, parks co-built by the same region, and parks ' +
      'it is part of or that are part of it.',
    text: '与园区 $park 关联的园区',
    params: [{ name: 'park', suggestFrom: 'Park' }],
    cypher: `MATCH (park:Park)
WHERE ${named('park', 'park')}
MATCH path = (park)-[:MEMBER_OF]->(:Partnership)<-[:MEMBER_OF]-(other:Park)
WHERE other <> park
RETURN path
LIMIT ${PHRASE_LIMIT}
UNION
MATCH (park:Park)
WHERE ${named('park', 'park')}
MATCH path = (park)-[:CO_BUILT_BY]->(:Region)<-[:CO_BUILT_BY]-(other:Park)
WHERE other <> park
RETURN path
LIMIT ${PHRASE_LIMIT}
UNION
MATCH (park:Park)
WHERE ${named('park', 'park')}
MATCH path = (park)-[:PART_OF]-(:Park)
RETURN path
LIMIT ${PHRASE_LIMIT}`,
  },
  {
    description: 'Parks that focus on an industry (any industry whose name contains the words typed), with the tier.',
    text: '聚焦 $industry 产业的园区',
    params: [{ name: 'industry', suggestFrom: 'Industry' }],
    cypher: `MATCH (industry:Industry)
WHERE industry.name CONTAINS $industry OR any(alias IN industry.aliases WHERE alias CONTAINS $industry)
MATCH path = (:Park)-[:FOCUSES_ON]->(industry)
RETURN path
LIMIT ${PHRASE_LIMIT}`,
  },
  {
    description: `How two entities are connected: a shortest path over the ontology's relations, at most ${MAX_PATH_HOPS} hops.`,
    text: '$from 与 $to 如何关联',
    params: [
      { name: 'from', suggestFrom: ENTITY_LABEL },
      { name: 'to', suggestFrom: ENTITY_LABEL },
    ],
    cypher: `MATCH (a:${ENTITY_LABEL})
WHERE ${named('a', 'from')}
MATCH (b:${ENTITY_LABEL})
WHERE ${named('b', 'to')} AND b <> a
MATCH path = shortestPath((a)-[:${ONTOLOGY_TYPES}*..${MAX_PATH_HOPS}]-(b))
RETURN path
LIMIT 10`,
  },
  {
    description:
      'What the reports say about an entity: the reports that mention it (captioned by title); each MENTIONED_IN ' +
      'relationship holds the sentences, and its facts carry their own evidence sentences.',
    text: '报告中关于 $entity 的内容',
    params: [{ name: 'entity', suggestFrom: ENTITY_LABEL }],
    cypher: `MATCH (entity:${ENTITY_LABEL})
WHERE ${named('entity', 'entity')}
MATCH path = (entity)-[:${MENTIONED_IN}]->(:${REPORT_LABEL})
RETURN path
LIMIT ${PHRASE_LIMIT}`,
  },
];
