// Constraints and indexes of the Neo4j store (see src/graph/neo4j/graph-model.ts for the graph's layout).
// The adapter runs these at start-up, each in its own transaction; all are idempotent (IF NOT EXISTS).

// name: entityIdUnique
// One node per entity id; MERGE on (:Entity {id}) uses this constraint's index.
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;

// name: reportIdUnique
// One node per report id: a second ingest of the same report cannot create it again, even concurrently.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (r:Report) REQUIRE r.id IS UNIQUE;

// name: entityKindIndex
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);

// name: entityNameIndex
// Exact name lookups (search puts exact matches first).
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);

// name: entityNameTextIndex
// CONTAINS on names: the fallback for queries the full-text index cannot answer (one character, mixed scripts).
CREATE TEXT INDEX entity_name_text IF NOT EXISTS FOR (e:Entity) ON (e.name);

// name: entitySearchTextIndex
// CONTAINS on names and aliases together (searchText): what lets searchContains start from an index. Without it, the
// name-or-alias condition cannot use entity_name_text and Neo4j scans every :Entity.
CREATE TEXT INDEX entity_search_text IF NOT EXISTS FOR (e:Entity) ON (e.searchText);

// name: entitySearchIndex
// Names and aliases (searchText) with the cjk analyzer: it indexes bigrams of Han characters, so a quoted phrase
// query finds every name that contains the query (two characters or more); it does not unify Traditional and
// Simplified forms, which is why names are stored normalized to Simplified.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS FOR (e:Entity) ON EACH [e.searchText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}};

// name: awaitIndexes
// Indexes build in the background; queries must not run before they are online.
CALL db.awaitIndexes(300);
