// An entity's degree: how many of the ontology's relationships touch it. MENTIONED_IN is not counted (every entity
// has it), and a relationship from an entity to itself counts once. The store keeps it on every :Entity as the
// integer property `degree`, so Bloom can size nodes by it (the perspective in cypher/bloom/ has a range rule on it).

// fragment: degree
COUNT { (e)-[:{{ontologyTypes}}]->() } + COUNT { (e)<-[:{{ontologyTypes}}]-(other) WHERE other <> e }

// name: refreshDegrees
// params: ids
// Last step of upserting or deleting a report, in its write transaction: the entities the report names. Both ends of
// every relationship it adds or removes are among them, so no other entity's degree changed.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.degree = {{> degree}}
RETURN count(e) AS refreshed;

// name: backfillDegrees
// At start-up: entities stored before the store kept degrees get theirs (a no-op once every entity has one).
MATCH (e:Entity)
WHERE e.degree IS NULL
SET e.degree = {{> degree}}
RETURN count(e) AS filled;

// name: recountDegrees
// The last statement of `kg export --format cypher`: every entity's degree, from the relationships now in Neo4j.
MATCH (e:Entity)
SET e.degree = {{> degree}};
