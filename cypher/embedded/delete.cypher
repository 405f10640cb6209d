// Deleting one report, in ONE write transaction with updateRelations and setAliases (upsert.cypher): facts only this
// report supported disappear; facts other reports support stay, without this report's evidence, aliases and claims.

// name: reportEntities
MATCH (e:Entity)-[:MENTIONED_IN]->(:Report {id: $id})
RETURN e.id AS id, e.name AS name, e.aliases AS aliases;

// name: otherReportAliases
// The aliases the other reports that mention each entity use.
UNWIND $ids AS i
MATCH (e:Entity {id: i})-[m:MENTIONED_IN]->(r:Report)
WHERE r.id <> $reportId
RETURN e.id AS id, m.aliases AS aliases;

// name: relationsCiting
// Relations whose evidence may cite the report. Both ends of a report's relations are among its entities, so the
// report's entities reach them all; `token` (`<reportId>#`) narrows them, the adapter decodes to be exact.
UNWIND $ids AS i
MATCH (a:Entity {id: i})-[r:Rel]->(b:Entity)
WHERE r.evidence CONTAINS $token
WITH a.id AS src, r, b.id AS dst
RETURN {{> relationColumns}};

// name: deleteRelations
// rows: {src, type, dst}
UNWIND $rows AS x
MATCH (a:Entity {id: x.src})-[r:Rel]->(b:Entity {id: x.dst})
WHERE r.type = x.type
DELETE r;

// name: deleteReport
MATCH (r:Report {id: $id})
DETACH DELETE r;

// name: deleteEntities
UNWIND $ids AS i
MATCH (e:Entity {id: i})
DETACH DELETE e;
