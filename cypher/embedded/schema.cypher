// The embedded store's schema (LadybugDB). The adapter runs every statement of this file, in order, on a new database.
//
// Layout, chosen for query speed and simplicity:
// - One node table Entity for every kind (the kind is a property): a path or a neighborhood crosses kinds freely, an id
//   is one primary-key lookup, and a lookup never has to guess the table.
// - One rel table Rel for every relation type (the type is a property): neighborhood, shortest path and relationsOf
//   without a type filter walk one adjacency list per direction instead of a union of eight; a type filter is a
//   cheap predicate on the rel. Relations are few per entity, so filtering costs nothing measurable.
// - Evidence lives on the rel: `support` holds, per report that states the relation, the indexes of its sentences
//   that do and the property values it states. The sentences themselves (text and offsets) are stored once, in
//   their Report's `sentences`. The relation shows the latest stated value of each property, so deleting a report
//   falls back to an older one. One plain string column (encoding in src/graph/embedded/records.ts): each extra
//   column of a 5-million-row rel table costs seconds in the bulk path.
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
  sentences STRING
);

// name: createRel
CREATE REL TABLE IF NOT EXISTS Rel(FROM Entity TO Entity, type STRING, support STRING);

// name: createMentionedIn
// `mentions`: the places this report names the entity (sentence index and surface form).
CREATE REL TABLE IF NOT EXISTS MENTIONED_IN(FROM Entity TO Report, aliases STRING[], mentions STRING);
