// The embedded store's schema (LadybugDB). The adapter runs every statement of this file, in order, on a new database.
//
// Layout, chosen for query speed and simplicity:
// - One node table Entity for every kind (the kind is a property): a path or a neighborhood crosses kinds freely, an id
//   is one primary-key lookup, and a lookup never has to guess the table.
// - One rel table Rel for every relation type (the type is a property): neighborhood, shortest path and relationsOf
//   without a type filter walk one adjacency list per direction instead of a union of eight; a type filter is a
//   cheap predicate on the rel. Relations are few per entity, so filtering costs nothing measurable.
// - Evidence lives on the rel as `evidence`: space-separated `<reportId>#<sentence index>` tokens (one string keeps
//   the bulk path fast and upserts simple). The sentence itself (text and offsets) is stored once, on its Report.
//   `claims` (JSON [[reportId, {property: value}], ...], oldest first) records who stated which property; the
//   property columns show the latest claim's values, so deleting a report can fall back to an older one.
// - MENTIONED_IN links an entity to each report that names it, with that report's aliases and mentions; an entity's
//   `aliases` is their union, kept on the node for fast reads and search.

// name: createEntity
CREATE NODE TABLE IF NOT EXISTS Entity(id STRING PRIMARY KEY, kind STRING, name STRING, aliases STRING[]);

// name: createReport
CREATE NODE TABLE IF NOT EXISTS Report(
  id STRING PRIMARY KEY,
  name STRING,
  title STRING,
  publishedAt STRING,
  source STRING,
  authors STRING[],
  entityCount INT64,
  relationCount INT64,
  sentences STRUCT(idx INT64, text STRING, startOffset INT64, endOffset INT64)[]
);

// name: createRel
CREATE REL TABLE IF NOT EXISTS Rel(
  FROM Entity TO Entity,
  type STRING,
  title STRING,
  amount DOUBLE,
  status STRING,
  tier STRING,
  role STRING,
  evidence STRING,
  claims STRING
);

// name: createMentionedIn
// `mentions`: JSON [[sentence index, surface], ...], the places this report names the entity.
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Entity TO Report, aliases STRING[], mentions STRING);
