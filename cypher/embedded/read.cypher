// Reads. Every list parameter is a list (empty = no filter) and every text parameter a string ('' = no filter):
// LadybugDB cannot type a NULL parameter.

// fragment: entityColumns
e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases

// fragment: entityFilter
(size($kinds) = 0 OR list_contains($kinds, e.kind))
AND ($text = '' OR e.name CONTAINS $text OR list_to_string('\u001f', e.aliases) CONTAINS $text)
AND ($industry = '' OR EXISTS { MATCH (e)-[f:Rel]->(:Entity {id: $industry}) WHERE f.type = 'FOCUSES_ON' })
AND ($inRegion = '' OR EXISTS { MATCH (e)-[:Rel* 1..6 (l, n | WHERE l.type = 'LOCATED_IN')]->(:Entity {id: $inRegion}) })

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

// name: findEntitiesInRegion
// The same filter, starting from the region (one bound node) rather than scanning every entity.
MATCH (:Entity {id: $inRegion})<-[:Rel* 1..6 (l, n | WHERE l.type = 'LOCATED_IN')]-(e:Entity)
WITH DISTINCT e
WHERE e.id > $after AND {{> entityFilter}}
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: countEntitiesInRegion
MATCH (:Entity {id: $inRegion})<-[:Rel* 1..6 (l, n | WHERE l.type = 'LOCATED_IN')]-(e:Entity)
WITH DISTINCT e
WHERE {{> entityFilter}}
RETURN count(*) AS total;

// name: findEntitiesByIndustry
MATCH (:Entity {id: $industry})<-[f:Rel]-(e:Entity)
WHERE f.type = 'FOCUSES_ON' AND e.id > $after AND {{> entityFilter}}
RETURN DISTINCT {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: countEntitiesByIndustry
MATCH (:Entity {id: $industry})<-[f:Rel]-(e:Entity)
WHERE f.type = 'FOCUSES_ON' AND {{> entityFilter}}
WITH DISTINCT e
RETURN count(*) AS total;

// name: searchExact
MATCH (e:Entity)
WHERE (size($kinds) = 0 OR list_contains($kinds, e.kind)) AND (e.name = $text OR list_contains(e.aliases, $text))
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: searchPartial
// Shorter names first: the closer a name is to the query, the fewer characters it adds.
MATCH (e:Entity)
WHERE (size($kinds) = 0 OR list_contains($kinds, e.kind))
  AND (e.name CONTAINS $text OR list_to_string('\u001f', e.aliases) CONTAINS $text)
RETURN {{> entityColumns}}, size(e.name) AS length
ORDER BY length, id
LIMIT $limit;

// name: mentionsOf
UNWIND $ids AS i
MATCH (e:Entity {id: i})-[m:MENTIONED_IN]->(r:Report)
RETURN e.id AS id, r.id AS reportId, m.mentions AS mentions
ORDER BY id, reportId;

// name: sentences
// The cited sentences of some reports; `keys` holds `<reportId>#<index>` of those wanted.
UNWIND $reportIds AS rid
MATCH (r:Report {id: rid})
UNWIND r.sentences AS s
WITH r, s
WHERE list_contains($keys, r.id + '#' + CAST(s.idx AS STRING))
RETURN r.id AS reportId, s.idx AS idx, s.text AS text, s.startOffset AS startOffset, s.endOffset AS endOffset;

// fragment: typeFilter
(size($types) = 0 OR list_contains($types, r.type))

// name: relationsOut
MATCH (x:Entity {id: $id})-[r:Rel]->(y:Entity)
WHERE {{> typeFilter}}
WITH x.id AS src, r, y.id AS dst, x.id + '|' + r.type + '|' + y.id AS key
WHERE key > $after
RETURN {{> relationColumns}}, key
ORDER BY key
LIMIT $limit;

// name: relationsIn
MATCH (x:Entity {id: $id})<-[r:Rel]-(y:Entity)
WHERE {{> typeFilter}}
WITH y.id AS src, r, x.id AS dst, y.id + '|' + r.type + '|' + x.id AS key
WHERE key > $after
RETURN {{> relationColumns}}, key
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

// name: relationsOutOfMany
UNWIND $ids AS i
MATCH (x:Entity {id: i})-[r:Rel]->(y:Entity)
WHERE {{> typeFilter}}
WITH i AS anchor, x.id AS src, r, y.id AS dst
RETURN anchor, {{> relationColumns}}
ORDER BY anchor, src, type, dst;

// name: relationsIntoMany
UNWIND $ids AS i
MATCH (x:Entity {id: i})<-[r:Rel]-(y:Entity)
WHERE {{> typeFilter}}
WITH i AS anchor, y.id AS src, r, x.id AS dst
RETURN anchor, {{> relationColumns}}
ORDER BY anchor, src, type, dst;

// name: shortestPath
// Undirected: "how are X and Y connected" reads relations both ways. Returns the path's nodes and rels; a rel's
// _src/_dst name its nodes by internal id.
MATCH p = (a:Entity {id: $from})-[:Rel* SHORTEST 1..{{maxHops}}]-(b:Entity {id: $to})
RETURN nodes(p) AS nodes, rels(p) AS rels
LIMIT 1;

// name: neighbors
// The next ring of a breadth-first walk: entities next to `ids`, not yet `seen`, nearest ids first for stable limits.
UNWIND $ids AS i
MATCH (x:Entity {id: i})-[r:Rel]-(e:Entity)
WHERE {{> typeFilter}} AND NOT list_contains($seen, e.id)
WITH DISTINCT e
RETURN {{> entityColumns}}
ORDER BY id
LIMIT $limit;

// name: edgesAmong
UNWIND $ids AS i
MATCH (a:Entity {id: i})-[r:Rel]->(b:Entity)
WHERE {{> typeFilter}} AND list_contains($ids, b.id)
WITH a.id AS src, r, b.id AS dst
RETURN {{> relationColumns}}
ORDER BY src, type, dst;

// fragment: reportColumns
r.id AS id, r.name AS name, r.title AS title, r.publishedAt AS publishedAt, r.source AS source,
r.authors AS authors, r.entityCount AS entityCount, r.relationCount AS relationCount

// name: reportsByIds
UNWIND $ids AS i
MATCH (r:Report {id: i})
RETURN {{> reportColumns}};

// name: listReports
MATCH (r:Report)
WHERE r.id > $after
RETURN {{> reportColumns}}
ORDER BY id
LIMIT $limit;

// name: countReports
MATCH (r:Report)
RETURN count(*) AS total;

// name: countEntitiesByKind
MATCH (e:Entity)
RETURN e.kind AS key, count(*) AS total;

// name: countRelationsByType
MATCH (:Entity)-[r:Rel]->(:Entity)
RETURN r.type AS key, count(*) AS total;
