package parkgraph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.graphdb.Transaction;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.Version;

/**
 * A Neo4j 5 Community server in one JVM, for people and CI machines without Docker: Bolt on a local port, auth on,
 * the data in a directory of the caller's choosing (kept across runs), APOC core loaded from target/plugins. As in a
 * Neo4j server, whose class path holds plugins/*, APOC's jars must be on the class path too: its extension (ApocConfig,
 * which its procedures have injected) is found there, its procedures in the plugin directory.
 *
 * <pre>
 * java -cp 'target/classes:target/lib/*:target/plugins/*:target/plugin-lib/*' parkgraph.Neo4jLauncher --dir DIR [--port 7687] [--host 127.0.0.1]
 *      [--page-cache 512m] [--plugins target/plugins] [--exit-on-stdin-eof]
 * </pre>
 *
 * The password of the user neo4j comes from NEO4J_PASSWORD (8 characters or more, as Neo4j requires). Once Bolt
 * answers, one line starting with "park-graph neo4j ready" goes to stdout; scripts wait for it. SIGINT/SIGTERM shut
 * the database down cleanly; with --exit-on-stdin-eof so does the end of stdin (a test runner that dies takes the
 * server with it).
 */
public final class Neo4jLauncher {
    private Neo4jLauncher() {}

    /** Bad input: the message names the input and the problem; the launcher exits with status 2. */
    static final class UsageError extends RuntimeException {
        UsageError(String message) {
            super(message);
        }
    }

    record Options(
            Path dir, String host, int port, String pageCache, Path plugins, boolean exitOnStdinEof, String password) {}

    static Options parse(String[] args, Map<String, String> env) {
        Path dir = null;
        String host = "127.0.0.1";
        int port = 7687;
        String pageCache = "512m";
        Path plugins = Path.of("target", "plugins");
        boolean exitOnEof = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--exit-on-stdin-eof" -> exitOnEof = true;
                case "--dir", "--port", "--host", "--page-cache", "--plugins" -> {
                    if (i + 1 >= args.length) throw new UsageError(arg + " needs a value");
                    String value = args[++i];
                    switch (arg) {
                        case "--dir" -> dir = Path.of(value);
                        case "--host" -> host = value;
                        case "--page-cache" -> {
                            if (!value.matches("\\d+[kmgKMG]?")) {
                                throw new UsageError("--page-cache " + value + ": expected a size like 512m or 2g");
                            }
                            pageCache = value;
                        }
                        case "--plugins" -> plugins = Path.of(value);
                        default -> {
                            try {
                                port = Integer.parseInt(value);
                            } catch (NumberFormatException e) {
                                port = -1;
                            }
                            if (port < 1 || port > 65535) {
                                throw new UsageError("--port " + value + ": expected a TCP port between 1 and 65535");
                            }
                        }
                    }
                }
                default -> throw new UsageError("unknown argument " + arg
                        + " (expected --dir, --port, --host, --page-cache, --plugins, --exit-on-stdin-eof)");
            }
        }
        if (dir == null) throw new UsageError("--dir is missing: the directory that holds (or will hold) the data");
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new UsageError("--dir " + dir + ": exists and is not a directory");
        }
        String password = env.getOrDefault("NEO4J_PASSWORD", "");
        if (password.isEmpty()) {
            throw new UsageError("NEO4J_PASSWORD is not set: the password of the user neo4j (8 characters or more)");
        }
        if (password.length() < 8) {
            throw new UsageError("NEO4J_PASSWORD has " + password.length()
                    + " characters: Neo4j requires 8 or more");
        }
        List<Path> apoc = List.of();
        try (var files = Files.list(plugins)) {
            apoc = files.filter(p -> p.getFileName().toString().startsWith("apoc-")).toList();
        } catch (IOException e) {
            throw new UsageError("--plugins " + plugins + ": cannot be read (" + e.getMessage()
                    + "); build the launcher with `mvn -f neo4j/pom.xml package`");
        }
        if (apoc.isEmpty()) {
            throw new UsageError("--plugins " + plugins + ": holds no apoc-*.jar; build the launcher with `mvn package`");
        }
        return new Options(dir, host, port, pageCache, plugins, exitOnEof, password);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = parse(args, System.getenv());
        } catch (UsageError e) {
            System.err.println("park-graph neo4j: " + e.getMessage());
            System.exit(2);
            return;
        }
        long started = System.nanoTime();
        Files.createDirectories(options.dir());
        DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(options.dir())
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress(options.host(), options.port()))
                .setConfig(GraphDatabaseSettings.plugin_dir, options.plugins().toAbsolutePath())
                .setConfig(GraphDatabaseSettings.procedure_unrestricted, List.of("apoc.*"))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(options.pageCache()))
                .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofMinutes(10))
                // No usage reports: these machines reach no host but package registries.
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .build();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            stopped.countDown();
        }, "neo4j-shutdown"));
        setPassword(dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME), options.password());
        GraphDatabaseService db = dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        String apocVersion;
        try (Transaction tx = db.beginTx()) {
            apocVersion = String.valueOf(tx.execute("RETURN apoc.version() AS v").next().get("v"));
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(
                "park-graph neo4j ready bolt://%s:%d (Neo4j %s Community, APOC %s, data in %s) in %.1f s%n",
                options.host(),
                options.port(),
                Version.getNeo4jVersion(),
                apocVersion,
                options.dir().toAbsolutePath(),
                seconds);
        System.out.flush();
        if (options.exitOnStdinEof()) {
            Thread watcher = new Thread(() -> {
                try (InputStream in = System.in) {
                    while (in.read() != -1) {
                        // Only the end of stdin matters.
                    }
                } catch (IOException ignored) {
                    // A closed stdin ends the server all the same.
                }
                System.exit(0);
            }, "stdin-watch");
            watcher.setDaemon(true);
            watcher.start();
        }
        stopped.await();
    }

    /** Sets the password of neo4j from the environment, on a new store and whenever the environment changes it. */
    private static void setPassword(GraphDatabaseService system, String password) {
        try (Transaction tx = system.beginTx()) {
            tx.execute(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
                    Map.of("password", password));
            tx.commit();
        } catch (QueryExecutionException e) {
            // Neo4j refuses to "change" a password to the one it already has: then there is nothing to do.
            if (!String.valueOf(e.getMessage()).contains("Old password and new password cannot be the same")) throw e;
        }
    }
}
