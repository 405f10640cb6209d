// Upserting one report: the adapter reads what the store holds of the report's entities and relations, merges in
// TypeScript (src/graph/resolve.ts), then writes with these statements, all in ONE write transaction.

// name: reportExists
MATCH (r:Report {id: $id})
RETURN r.id AS id;

// name: entitiesByIds
UNWIND $ids AS i
MATCH (e:Entity {id: i})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases;

// fragment: relationColumns
src AS src, r.type AS type, dst AS dst, r.title AS title, r.amount AS amount, r.status AS status, r.tier AS tier,
r.role AS role, r.evidence AS evidence, r.claims AS claims

// name: relationsByKeys
// rows: {src, type, dst}
UNWIND $rows AS x
MATCH (a:Entity {id: x.src})-[r:Rel]->(b:Entity {id: x.dst})
WHERE r.type = x.type
WITH a.id AS src, r, b.id AS dst
RETURN {{> relationColumns}};

// name: insertReport
CREATE (:Report {
  id: $id,
  name: $name,
  title: $title,
  publishedAt: $publishedAt,
  source: $source,
  authors: CAST($authors AS STRING[]),
  entityCount: $entityCount,
  relationCount: $relationCount,
  sentences: $sentences
});

// name: insertReportWithoutSentences
// (A list parameter cannot be empty and typed at once: a report that cites no sentence gets an empty list here.)
CREATE (:Report {
  id: $id,
  name: $name,
  title: $title,
  publishedAt: $publishedAt,
  source: $source,
  authors: CAST($authors AS STRING[]),
  entityCount: $entityCount,
  relationCount: $relationCount
});

// name: insertEntities
// rows: {id, kind, name, aliases}
UNWIND $rows AS x
CREATE (:Entity {id: x.id, kind: x.kind, name: x.name, aliases: CAST(x.aliases AS STRING[])});

// name: setAliases
// rows: {id, aliases}
UNWIND $rows AS x
MATCH (e:Entity {id: x.id})
SET e.aliases = CAST(x.aliases AS STRING[]);

// name: insertMentions
// rows: {id, aliases, mentions}
MATCH (report:Report {id: $reportId})
UNWIND $rows AS x
MATCH (e:Entity {id: x.id})
CREATE (e)-[:MENTIONED_IN {aliases: CAST(x.aliases AS STRING[]), mentions: x.mentions}]->(report);

// name: insertRelations
// rows: {src, type, dst, title, amount, status, tier, role, evidence, claims}
UNWIND $rows AS x
MATCH (a:Entity {id: x.src}), (b:Entity {id: x.dst})
CREATE (a)-[:Rel {
  type: x.type,
  title: x.title,
  amount: CAST(x.amount AS DOUBLE),
  status: x.status,
  tier: x.tier,
  role: x.role,
  evidence: x.evidence,
  claims: x.claims
}]->(b);

// name: updateRelations
// rows: as insertRelations
UNWIND $rows AS x
MATCH (a:Entity {id: x.src})-[r:Rel]->(b:Entity {id: x.dst})
WHERE r.type = x.type
SET
  r.title = x.title,
  r.amount = CAST(x.amount AS DOUBLE),
  r.status = x.status,
  r.tier = x.tier,
  r.role = x.role,
  r.evidence = x.evidence,
  r.claims = x.claims;
