// Reads. Every list parameter is a list (empty = no filter) and every text parameter a string ('' = no filter):
// LadybugDB cannot type a NULL parameter.

// fragment: entityColumns
e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases

// fragment: entityFilter
(size($kinds) = 0 OR list_contains($kinds, e.kind))
AND ($text = '' OR e.name CONTAINS $text OR list_to_string('\u001f', e.aliases) CONTAINS $text)

// name: findEntities
MATCH (e:Entity)
WHERE e.id > $after AND {{> entityFilter}}
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: countEntities
MATCH (e:Entity)
WHERE {{> entityFilter}}
RETURN count(*) AS total;

// fragment: inRegion
MATCH (:Entity {id: $inRegion})<-[:Rel* 1..6 (l, n | WHERE l.type = 'LOCATED_IN')]-(e:Entity)
WITH DISTINCT e

// name: findEntitiesInRegion
// Entities with a LOCATED_IN path to the region, walked from the region.
{{> inRegion}}
WHERE e.id > $after AND {{> entityFilter}}
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: countEntitiesInRegion
{{> inRegion}}
WHERE {{> entityFilter}}
RETURN count(*) AS total;

// name: entityIdsInRegion
{{> inRegion}}
RETURN e.id AS id;

// fragment: byIndustry
MATCH (:Entity {id: $industry})<-[f:Rel]-(e:Entity)
WHERE f.type = 'FOCUSES_ON'
WITH DISTINCT e

// name: findEntitiesByIndustry
// Entities with a FOCUSES_ON relation to the industry, found from the industry; with a region too, the adapter
// intersects this (without the page) with entityIdsInRegion.
{{> byIndustry}}
WHERE e.id > $after AND {{> entityFilter}}
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: countEntitiesByIndustry
{{> byIndustry}}
WHERE {{> entityFilter}}
RETURN count(*) AS total;

// name: allEntityNames
// Every entity's names, in id order: what the in-memory name index (name-index.ts) is built from.
MATCH (e:Entity)
RETURN {{> entityColumns}}
ORDER BY id;

// name: exportEntityOffsets
// Every entity's storage offset and id, to a CSV file the adapter reads and deletes: what the in-memory topology
// (topology.ts) numbers relations' ends by. {{file}} is a path the adapter made (COPY TO takes no parameter for it).
COPY (MATCH (e:Entity) RETURN offset(ID(e)) AS offset, e.id AS id) TO '{{file}}' (HEADER = false);

// name: exportRelations
// Every relation: its ends by storage offset, its type and its support, the topology's links.
COPY (
  MATCH (a:Entity)-[r:Rel]->(b:Entity)
  RETURN offset(ID(a)) AS src, offset(ID(b)) AS dst, r.type AS type, r.support AS support
) TO '{{file}}' (HEADER = false);

// name: searchNames
// One pass over the names: exact matches (name or an alias) first, by id; then partial ones, shorter names first (the
// closer a name is to the query, the fewer characters it adds). Exact matches are partial ones too, so one scan serves
// both ranks.
MATCH (e:Entity)
WHERE (size($kinds) = 0 OR list_contains($kinds, e.kind))
  AND (e.name CONTAINS $text OR list_to_string('\u001f', e.aliases) CONTAINS $text)
WITH e, e.name = $text OR list_contains(e.aliases, $text) AS exact
RETURN {{> entityColumns}}, exact, CASE WHEN exact THEN 0 ELSE size(e.name) END AS rank
ORDER BY exact DESC, rank, id
LIMIT $limit;

// Statements about one entity take its id as a parameter, so that LadybugDB looks it up by key and reads only its
// adjacency (see upsert.cypher); the adapter runs them once per id of a batch.

// name: mentionsOfEntity
MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(r:Report)
RETURN r.id AS reportId, m.mentions AS mentions
ORDER BY reportId;

// name: sentencesOf
// The cited sentences of some reports (the adapter picks the ones it needs).
UNWIND $ids AS i
MATCH (r:Report {id: i})
RETURN r.id AS reportId, r.sentences AS sentences;

// fragment: typeFilter
(size($types) = 0 OR list_contains($types, r.type))

// name: relationsOut
MATCH (x:Entity {id: $id})-[r:Rel]->(y:Entity)
WHERE {{> typeFilter}}
WITH x.id AS src, r, y.id AS dst, x.id + '|' + r.type + '|' + y.id AS key
WHERE key > $after
RETURN src, dst, {{> relationColumns}}, key
ORDER BY key
LIMIT $limit;

// name: relationsIn
MATCH (x:Entity {id: $id})<-[r:Rel]-(y:Entity)
WHERE {{> typeFilter}}
WITH y.id AS src, r, x.id AS dst, y.id + '|' + r.type + '|' + x.id AS key
WHERE key > $after
RETURN src, dst, {{> relationColumns}}, key
ORDER BY key
LIMIT $limit;

// name: countRelationsOut
MATCH (x:Entity {id: $id})-[r:Rel]->(:Entity)
WHERE {{> typeFilter}}
RETURN count(*) AS total;

// name: countRelationsIn
MATCH (x:Entity {id: $id})<-[r:Rel]-(:Entity)
WHERE {{> typeFilter}}
RETURN count(*) AS total;

// name: countRelations
// Both ways, every type: whether an entity is small enough to read whole.
MATCH (x:Entity {id: $id})-[r:Rel]-(:Entity)
RETURN count(*) AS total;

// name: allRelations
// All of one entity's relations, both ways, every type, unordered: its adjacency, which the adapter caches and
// filters, sorts and pages itself (cheaper than the ordered page above: no key to build and sort in LadybugDB). One
// walk both ways costs half of one walk each way; a rel's _src (an internal id) tells which way it goes.
MATCH (x:Entity {id: $id})-[r:Rel]-(y:Entity)
RETURN offset(ID(x)) AS self, y.id AS other, r AS rel;

// name: shortestPath
// Undirected: "how are X and Y connected" reads relations both ways. The adapter's own search comes first (it works
// on what the read cache holds); this is for searches that would read many entities the cache does not hold. Returns the path's nodes and rels; a rel's
// _src/_dst name its nodes by internal id.
MATCH p = (a:Entity {id: $from})-[:Rel* SHORTEST 1..{{maxHops}}]-(b:Entity {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS rels
LIMIT 1;

// fragment: reportColumns
r.id AS id, r.name AS name, r.title AS title, r.publishedAt AS publishedAt, r.source AS source,
r.authors AS authors, r.entityCount AS entityCount, r.relationCount AS relationCount

// name: reportsByIds
UNWIND $ids AS i
MATCH (r:Report {id: i})
RETURN {{> reportColumns}};

// fragment: publishedIn
// $from and $to are ISO dates ('' = open end); an undated report matches only when both ends are open.
(($from = '' AND $to = '') OR (r.publishedAt IS NOT NULL AND r.publishedAt <> ''
  AND ($from = '' OR r.publishedAt >= $from) AND ($to = '' OR r.publishedAt <= $to)))

// name: listReports
MATCH (r:Report)
WHERE r.id > $after AND {{> publishedIn}}
RETURN {{> reportColumns}}
ORDER BY id
LIMIT $limit;

// name: countReports
MATCH (r:Report)
RETURN count(*) AS total;

// name: countReportsPublished
MATCH (r:Report)
WHERE {{> publishedIn}}
RETURN count(*) AS total;

// name: entitiesOfReport
MATCH (:Report {id: $id})<-[:MENTIONED_IN]-(e:Entity)
RETURN {{> entityColumns}}
ORDER BY id;

// name: countEntitiesByKind
MATCH (e:Entity)
RETURN e.kind AS key, count(*) AS total;

// name: countRelationsByType
MATCH (:Entity)-[r:Rel]->(:Entity)
RETURN r.type AS key, count(*) AS total;
