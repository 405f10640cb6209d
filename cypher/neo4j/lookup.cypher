// Reads: the adapter runs these in read transactions. Pages are ordered by id; `after` is the last id of the
// previous page ('' for the first: every id sorts after it) and `limit` one more than the page size (the extra row
// tells whether a next page exists).

// fragment: entityFields
{.id, .kind, .name, .aliases}

// fragment: reportFields
{.id, .name, .title, .publishedAt, .source, .authors, .entityCount, .relationCount}

// fragment: relationFields
{
  id: r.id,
  type: type(r),
  from: startNode(r).id,
  to: endNode(r).id,
  title: r.title,
  amount: r.amount,
  status: r.status,
  tier: r.tier,
  role: r.role,
  evidence: r.evidence,
  evidenceReports: r.evidenceReports,
  evidenceStarts: r.evidenceStarts,
  evidenceEnds: r.evidenceEnds
}

// fragment: entityFilter
// inRegion follows LOCATED_IN up to 6 hops: company → park → district → city → province → country.
($kinds IS NULL OR e.kind IN $kinds)
AND (
  $nameContains IS NULL
  OR e.name CONTAINS $nameContains
  OR any(alias IN e.aliases WHERE alias CONTAINS $nameContains)
)
AND ($inRegion IS NULL OR EXISTS { (e)-[:LOCATED_IN*1..6]->(:Entity {id: $inRegion}) })
AND ($industry IS NULL OR EXISTS { (e)-[:FOCUSES_ON]->(:Entity {id: $industry}) })

// fragment: relationFilter
// Relations of entity e: only the ontology's types asked for, in the direction asked for (OUT, IN or BOTH).
type(r) IN $types
AND (
  $direction = 'BOTH'
  OR ($direction = 'OUT' AND startNode(r) = e)
  OR ($direction = 'IN' AND endNode(r) = e)
)

// name: getEntities
// params: ids
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {{> entityFields}} AS entity;

// name: findEntities
// params: kinds, nameContains, inRegion, industry, after, limit
MATCH (e:Entity)
WHERE {{> entityFilter}} AND e.id > $after
RETURN e {{> entityFields}} AS entity
ORDER BY e.id
LIMIT $limit;

// name: countEntities
// params: kinds, nameContains, inRegion, industry
MATCH (e:Entity)
WHERE {{> entityFilter}}
RETURN count(e) AS total;

// name: findEntitiesByName
// params: kinds, nameContains, inRegion, industry, after, limit
// With nameContains and no other anchor: start from the entity_search_text index (searchText holds name and
// aliases), instead of testing every :Entity; the filter then checks name and aliases exactly. The hint keeps the
// planner from walking the id index in order instead (it would, for the ORDER BY), which reads every id for a rare name.
MATCH (e:Entity)
USING TEXT INDEX e:Entity(searchText)
WHERE e.searchText CONTAINS $nameContains
WITH e
WHERE {{> entityFilter}} AND e.id > $after
RETURN e {{> entityFields}} AS entity
ORDER BY e.id
LIMIT $limit;

// name: countEntitiesByName
// params: kinds, nameContains, inRegion, industry
MATCH (e:Entity)
WHERE e.searchText CONTAINS $nameContains
WITH e
WHERE {{> entityFilter}}
RETURN count(e) AS total;

// name: searchExactName
// params: text, kinds
// Entities named exactly `text` (index lookup): search lists them first.
MATCH (e:Entity {name: $text})
WHERE $kinds IS NULL OR e.kind IN $kinds
RETURN e {{> entityFields}} AS entity
ORDER BY e.id;

// name: searchFullText
// params: query, text, kinds, candidates, limit
// Names and aliases containing `text`, via the cjk full-text index: `query` is `text` as a quoted Lucene phrase.
// The CONTAINS check drops bigram look-alikes; exact alias matches rank before partial ones.
CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: $candidates})
YIELD node, score
WHERE
  node:Entity
  AND ($kinds IS NULL OR node.kind IN $kinds)
  AND (node.name CONTAINS $text OR any(alias IN node.aliases WHERE alias CONTAINS $text))
WITH node AS e, score, CASE WHEN node.name = $text OR $text IN node.aliases THEN 0 ELSE 1 END AS rank
RETURN e {{> entityFields}} AS entity
ORDER BY rank, score DESC, size(e.name), e.id
LIMIT $limit;

// name: searchContains
// params: text, kinds, limit
// The fallback for what the cjk index cannot find: one-character queries and queries that are not all Han.
// searchText (name and aliases) CONTAINS $text is what the entity_search_text index answers; the exact test follows.
MATCH (e:Entity)
WHERE e.searchText CONTAINS $text
WITH e
WHERE
  ($kinds IS NULL OR e.kind IN $kinds)
  AND (e.name CONTAINS $text OR any(alias IN e.aliases WHERE alias CONTAINS $text))
WITH e, CASE WHEN e.name = $text OR $text IN e.aliases THEN 0 ELSE 1 END AS rank
RETURN e {{> entityFields}} AS entity
ORDER BY rank, size(e.name), e.id
LIMIT $limit;

// name: mentionsOf
// params: ids
// (The hint keeps the seek by id whatever the statistics say: with few reports the planner may start from them.)
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[m:MENTIONED_IN]->(report:Report)
USING INDEX e:Entity(id)
RETURN
  id,
  report.id AS reportId,
  m.surfaces AS surfaces,
  m.sentences AS sentences,
  m.starts AS starts,
  m.ends AS ends
ORDER BY id, reportId;

// name: relationsOf
// params: id, types, direction, after, limit
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WHERE {{> relationFilter}} AND r.id > $after
WITH DISTINCT r
RETURN {{> relationFields}} AS relation
ORDER BY r.id
LIMIT $limit;

// name: countRelationsOf
// params: id, types, direction
MATCH (e:Entity {id: $id})-[r]-(:Entity)
WHERE {{> relationFilter}}
RETURN count(DISTINCT r) AS total;

// name: relationsOfMany
// params: ids, types, direction
UNWIND $ids AS id
MATCH (e:Entity {id: id})-[r]-(:Entity)
WHERE {{> relationFilter}}
WITH DISTINCT id, r
ORDER BY r.id
RETURN id, collect({{> relationFields}}) AS relations;

// name: shortestPath
// params: from, to
// A shortest path over the ontology's relationships (never through reports), at most {{maxHops}} hops.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[:{{ontologyTypes}}*..{{maxHops}}]-(b))
RETURN [n IN nodes(p) | n {{> entityFields}}] AS nodes, [r IN relationships(p) | {{> relationFields}}] AS edges;

// name: neighborIds
// params: ids, types, exclude, limit
// One breadth-first step of neighborhood(): the next ring of entities, at most `limit`, nearest ids first.
UNWIND $ids AS ringId
MATCH (:Entity {id: ringId})-[r]-(n:Entity)
WHERE type(r) IN $types AND NOT n.id IN $exclude
RETURN DISTINCT n.id AS id
ORDER BY id
LIMIT $limit;

// name: edgesAmong
// params: ids, types
UNWIND $ids AS fromId
MATCH (:Entity {id: fromId})-[r]->(o:Entity)
WHERE type(r) IN $types AND o.id IN $ids
RETURN {{> relationFields}} AS relation
ORDER BY relation.id;

// name: getReports
// params: ids
UNWIND $ids AS id
MATCH (report:Report {id: id})
RETURN report {{> reportFields}} AS report;

// fragment: publishedIn
// $from and $to are ISO dates (null = open end); an undated report matches only when both ends are open.
(($from IS NULL AND $to IS NULL) OR (report.publishedAt IS NOT NULL AND report.publishedAt <> ''
  AND ($from IS NULL OR report.publishedAt >= $from) AND ($to IS NULL OR report.publishedAt <= $to)))

// name: listReports
// params: after, limit, from, to
MATCH (report:Report)
WHERE report.id > $after AND {{> publishedIn}}
RETURN report {{> reportFields}} AS report
ORDER BY report.id
LIMIT $limit;

// name: countReports
MATCH (report:Report)
RETURN count(report) AS total;

// name: countReportsPublished
// params: from, to
MATCH (report:Report)
WHERE {{> publishedIn}}
RETURN count(report) AS total;

// name: entitiesOfReport
// params: id
MATCH (:Report {id: $id})<-[:MENTIONED_IN]-(e:Entity)
RETURN e {{> entityFields}} AS entity
ORDER BY e.id;

// name: countKind
// Label counts come from Neo4j's count store: constant time at any size.
MATCH (e:{{kindLabel}})
RETURN count(e) AS total;

// name: countRelationType
MATCH ()-[r:{{relationType}}]->()
RETURN count(r) AS total;
