// The bulk path (src/graph/embedded/bulk.ts): COPY FROM the CSV files it writes, into an empty store.
// {{file}} is the path of a file that code wrote itself (COPY FROM takes no parameter for it). List fields arrive as
// one string joined by U+001F and are split here.

// name: copyEntities
COPY Entity FROM (
  LOAD WITH HEADERS (id STRING, kind STRING, name STRING, aliases STRING) FROM '{{file}}' (HEADER = false)
  RETURN id, kind, name, list_filter(string_split(aliases, '\u001f'), a -> a <> '')
);

// name: copyReports
COPY Report FROM (
  LOAD WITH HEADERS (
    id STRING,
    name STRING,
    title STRING,
    publishedAt STRING,
    source STRING,
    authors STRING,
    entityCount INT64,
    relationCount INT64,
    sentences STRING
  ) FROM '{{file}}' (HEADER = false)
  RETURN
    id,
    name,
    title,
    publishedAt,
    source,
    list_filter(string_split(authors, '\u001f'), a -> a <> ''),
    entityCount,
    relationCount,
    sentences
);

// name: copyMentions
COPY MENTIONED_IN FROM (
  LOAD WITH HEADERS (entity STRING, report STRING, aliases STRING, mentions STRING) FROM '{{file}}' (HEADER = false)
  RETURN entity, report, list_filter(string_split(aliases, '\u001f'), a -> a <> ''), mentions
);

// name: copyRelations
COPY Rel FROM '{{file}}' (HEADER = false);
