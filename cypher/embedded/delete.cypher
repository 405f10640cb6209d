// Deleting one report, in ONE write transaction with replaceRelationsFrom and setAliases (upsert.cypher): facts only
// this report supported disappear; facts other reports support stay, without this report's evidence, aliases and
// claims. How the statements reach data is explained in upsert.cypher.

// name: reportEntities
MATCH (:Report {id: $id})<-[:MENTIONED_IN]-(e:Entity)
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.aliases AS aliases, offset(ID(e)) AS node;

// name: otherReportAliases
// The aliases that the other reports naming the report's entities use.
MATCH (report:Report {id: $id})<-[:MENTIONED_IN]-(e:Entity)-[m:MENTIONED_IN]->(other:Report)
WHERE ID(other) <> ID(report)
RETURN offset(ID(e)) AS node, m.aliases AS aliases;

// name: relationsCitingFrom
// The relations from entity $src that the report may support (`token` is `<reportId>#`; the adapter decodes to be
// exact). Both ends of a report's relations are among its entities, so each of them is asked as $src in turn.
MATCH (a:Entity {id: $src})-[r:Rel]->(b:Entity)
WHERE r.support CONTAINS $token
RETURN r.type + '|' + CAST(offset(ID(b)) AS STRING) AS key, offset(ID(b)) AS dstNode, {{> relationColumns}};

// name: deleteRelationsFrom
{{> relationFrom}}
DELETE r;

// name: deleteReport
MATCH (r:Report {id: $id})
DETACH DELETE r;

// name: deleteEntities
UNWIND $ids AS i
MATCH (e:Entity {id: i})
DETACH DELETE e;
