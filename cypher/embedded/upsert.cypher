// Upserting one report, in ONE write transaction: read what the store holds of the report's entities and relations,
// merge in TypeScript (src/graph/resolve.ts), write.
//
// How these statements reach data, for LadybugDB 0.19's planner (test/graph/embedded/plans.test.ts checks it): a
// node pattern with a primary-key parameter ({id: $id}) is one index lookup, and a relationship pattern extending
// from that node reads only its adjacency. A node pattern keyed by an UNWIND variable is a lookup too, but extending
// from it, or a second hop, makes the planner read whole tables. So statements about relations take ONE source
// entity by id (the adapter runs them once per source), and name a relation by its type and the storage offset of
// its target (offset(ID(b)), stable within the transaction): `<type>|<target offset>`, read without touching the
// target's row.

// name: reportExists
MATCH (r:Report {id: $id})
RETURN r.id AS id;

// name: entitiesByIds
UNWIND $ids AS i
MATCH (e:Entity {id: i})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, offset(ID(e)) AS node;

// fragment: relationColumns
r.type AS type, r.support AS support

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
UNWIND $rows AS x
MATCH (e:Entity {id: x.id})
WITH e, x
MATCH (report:Report {id: $reportId})
CREATE (e)-[:MENTIONED_IN {aliases: CAST(x.aliases AS STRING[]), mentions: x.mentions}]->(report);

// name: insertRelations
// rows: {src, type, dst, support}
UNWIND $rows AS x
MATCH (a:Entity {id: x.src})
WITH a, x
MATCH (b:Entity {id: x.dst})
CREATE (a)-[:Rel {type: x.type, support: x.support}]->(b);

// fragment: relationFrom
// The relations from entity $src named in $keys (`<type>|<target offset>`), with i, the position of each in $keys.
MATCH (a:Entity {id: $src})-[r:Rel]->(b:Entity)
WITH r, r.type + '|' + CAST(offset(ID(b)) AS STRING) AS key
WHERE list_contains($keys, key)
WITH r, key, list_position($keys, key) AS i

// name: appendToRelationsFrom
// A new report restates relations the store holds: its support entry is appended. Returns the keys it found.
{{> relationFrom}}
SET r.support = r.support + ';' + list_extract($entries, i)
RETURN key;

// name: replaceRelationsFrom
// Sets the support of relations from $src: the i-th key gets the i-th value.
{{> relationFrom}}
SET r.support = list_extract($supports, i);
