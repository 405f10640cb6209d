// Statements for tests only: the contract suite's open() empties a test database, and only when NEO4J_TEST_ALLOW_WIPE=1.

// name: wipeTestDatabase
MATCH (n)
DETACH DELETE n;
