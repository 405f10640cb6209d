// Upserting one report: the adapter runs these in ONE write transaction, in this order, with batched rows.

// name: createReport
// params: report
// Creates the report node unless it exists. No row back means the report is already stored: nothing else runs.
OPTIONAL MATCH (existing:Report {id: $report.id})
WITH existing
WHERE existing IS NULL
CREATE (
  r:Report {
    id: $report.id,
    name: $report.name,
    title: $report.title,
    publishedAt: $report.publishedAt,
    source: $report.source,
    authors: $report.authors,
    entityCount: $report.entityCount,
    relationCount: $report.relationCount
  }
)
RETURN r.id AS id;

// name: upsertEntities
// params: reportId, rows
// The report's entities of one kind: merged by id, aliases unioned, one MENTIONED_IN to the report each.
// Rows: {id, kind, name, aliases, surfaces, sentences, starts, ends}.
MATCH (report:Report {id: $reportId})
UNWIND $rows AS row
OPTIONAL MATCH (old:Entity {id: row.id})
WITH report, row, old IS NULL AS isNew
MERGE (e:Entity {id: row.id})
  ON CREATE SET e.kind = row.kind, e.name = row.name, e.aliases = []
SET e:{{kindLabel}}
SET
  e.aliases = reduce(
    acc = coalesce(e.aliases, []),
    alias IN row.aliases |
      CASE
        WHEN alias = e.name OR alias IN acc THEN acc
        ELSE acc + alias
      END
  )
SET e.searchText = reduce(text = e.name, alias IN e.aliases | text + ' ' + alias)
CREATE
  (e)-[:MENTIONED_IN {
    name: row.name,
    aliases: row.aliases,
    surfaces: row.surfaces,
    sentences: row.sentences,
    starts: row.starts,
    ends: row.ends
  }]->(report)
RETURN count(CASE WHEN isNew THEN 1 END) AS added;

// name: upsertRelations
// params: reportId, rows
// The report's relations of one type: merged by (from, type, to); the report and its sentences are appended to the
// evidence lists. Rows: {id, from, to, sentences, starts, ends}.
UNWIND $rows AS row
MATCH (a:Entity)
WHERE a.id = row.from
MATCH (b:Entity)
WHERE b.id = row.to
OPTIONAL MATCH (a)-[old:{{relationType}}]->(b)
WITH a, b, row, old IS NULL AS isNew
MERGE (a)-[r:{{relationType}}]->(b)
  ON CREATE SET
    r.id = row.id,
    r.reports = [],
    r.evidence = [],
    r.evidenceReports = [],
    r.evidenceStarts = [],
    r.evidenceEnds = []
SET
  r.reports = r.reports + $reportId,
  r.evidence = r.evidence + row.sentences,
  r.evidenceReports = r.evidenceReports + [sentence IN row.sentences | $reportId],
  r.evidenceStarts = r.evidenceStarts + row.starts,
  r.evidenceEnds = r.evidenceEnds + row.ends
RETURN count(CASE WHEN isNew THEN 1 END) AS added;

// name: claimRelationProperty
// params: reportId, rows
// A property the report states for its relations of one type (run after upsertRelations, for the properties that
// type carries): the value shown becomes the report's, and the claim lists remember who stated what.
// Rows: {from, to, value}.
UNWIND $rows AS row
MATCH (:Entity {id: row.from})-[r:{{relationType}}]->(:Entity {id: row.to})
SET
  r.{{relationProperty}} = row.value,
  r.{{relationProperty}}Values = coalesce(r.{{relationProperty}}Values, []) + row.value,
  r.{{relationProperty}}Reports = coalesce(r.{{relationProperty}}Reports, []) + $reportId;
