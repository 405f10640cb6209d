// Deleting one report: the adapter runs these in ONE write transaction, in this order. Facts only this report
// supported disappear; facts other reports support stay, with this report's evidence and claims removed.

// name: releaseClaims
// params: reportId
// One relation property: drop the report's claims; the value shown falls back to the latest remaining claim, or
// disappears when none remains.
MATCH (:Report {id: $reportId})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE $reportId IN coalesce(r.{{relationProperty}}Reports, [])
WITH DISTINCT r
WITH r, [i IN range(0, size(r.{{relationProperty}}Reports) - 1) WHERE r.{{relationProperty}}Reports[i] <> $reportId] AS keep
WITH
  r,
  [i IN keep | r.{{relationProperty}}Values[i]] AS claimValues,
  [i IN keep | r.{{relationProperty}}Reports[i]] AS claimReports
SET
  r.{{relationProperty}} = claimValues[-1],
  r.{{relationProperty}}Values = CASE WHEN size(claimValues) = 0 THEN null ELSE claimValues END,
  r.{{relationProperty}}Reports = CASE WHEN size(claimReports) = 0 THEN null ELSE claimReports END
RETURN count(r) AS released;

// name: releaseEvidence
// params: reportId
// Drop the report's evidence from every relationship it supported; delete relationships no report supports now.
// (Both ends of a report's relations are entities of that report, so its MENTIONED_IN reach them all.)
MATCH (:Report {id: $reportId})<-[:MENTIONED_IN]-(:Entity)-[r]->(:Entity)
WHERE $reportId IN r.reports
WITH DISTINCT r
WITH r, [i IN range(0, size(r.evidenceReports) - 1) WHERE r.evidenceReports[i] <> $reportId] AS keep
SET
  r.reports = [id IN r.reports WHERE id <> $reportId],
  r.evidence = [i IN keep | r.evidence[i]],
  r.evidenceStarts = [i IN keep | r.evidenceStarts[i]],
  r.evidenceEnds = [i IN keep | r.evidenceEnds[i]],
  r.evidenceReports = [i IN keep | r.evidenceReports[i]]
WITH r
WHERE size(r.reports) = 0
DELETE r
RETURN count(*) AS deleted;

// name: deleteReport
// params: reportId
// The report node and its MENTIONED_IN; returns the entities it mentioned (refreshEntities looks at them next).
MATCH (report:Report {id: $reportId})
OPTIONAL MATCH (e:Entity)-[:MENTIONED_IN]->(report)
WITH report, collect(e.id) AS entityIds
DETACH DELETE report
RETURN entityIds;

// name: refreshEntities
// params: ids
// Aliases become those the remaining reports use; entities no report mentions and nothing relates to disappear.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Report)
WITH e, collect(m.aliases) AS aliasLists
WITH
  e,
  size(aliasLists) AS mentions,
  reduce(
    acc = [],
    alias IN reduce(flat = [], aliases IN aliasLists | flat + aliases) |
      CASE
        WHEN alias = e.name OR alias IN acc THEN acc
        ELSE acc + alias
      END
  ) AS aliases
SET e.aliases = aliases, e.searchText = reduce(text = e.name, alias IN aliases | text + ' ' + alias)
WITH e, mentions
WHERE mentions = 0 AND NOT EXISTS { (e)--() }
DELETE e
RETURN count(*) AS deleted;
