package vankien.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community embedded with only the Bolt connector, bound to 127.0.0.1.
 *
 * Arguments: --port N --data DIR [--pagecache SIZE] [--tx-timeout SECONDS] [--watch-pid PID].
 * With --watch-pid, it shuts down cleanly when that process ends (the server or test run that started it died).
 * The password comes from the NEO4J_PASSWORD environment variable so it never shows in `ps`:
 * when it is set, authentication is on and user "neo4j" gets that password; otherwise authentication is off.
 * Writes DIR/neo4j.pid once Bolt is up and removes it on a clean shutdown (SIGTERM/SIGINT).
 */
public final class Main {
  public static void main(String[] args) throws Exception {
    Map<String, String> opts = parseArgs(args);
    int port = Integer.parseInt(require(opts, "port"));
    Path dataDir = Path.of(require(opts, "data")).toAbsolutePath();
    long pageCache = ByteUnit.parse(opts.getOrDefault("pagecache", "256m"));
    long txTimeoutSeconds = Long.parseLong(opts.getOrDefault("tx-timeout", "0"));
    String password = System.getenv("NEO4J_PASSWORD");
    boolean auth = password != null && !password.isEmpty();

    Files.createDirectories(dataDir);
    DatabaseManagementService service = new DatabaseManagementServiceBuilder(dataDir)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        // Defaults wait 5 s twice for idle Bolt threads; a local dev server should stop promptly.
        .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
        .setConfig(GraphDatabaseSettings.auth_enabled, auth)
        .setConfig(GraphDatabaseSettings.pagecache_memory, pageCache)
        .setConfig(GraphDatabaseSettings.transaction_timeout, Duration.ofSeconds(txTimeoutSeconds))
        .build();

    if (auth) {
      service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    }

    Path pidFile = dataDir.resolve("neo4j.pid");
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("vankien-neo4j: shutting down");
      service.shutdown();
      try {
        Files.deleteIfExists(pidFile);
      } catch (IOException ignored) {
        // The pid file is advisory; a stale one is detected by the launcher.
      }
      stopped.countDown();
      System.out.println("vankien-neo4j: stopped");
    }, "vankien-neo4j-shutdown"));

    String watched = opts.get("watch-pid");
    if (watched != null) {
      long watchedPid = Long.parseLong(watched);
      Thread watcher = new Thread(() -> {
        while (ProcessHandle.of(watchedPid).map(ProcessHandle::isAlive).orElse(false)) {
          try {
            Thread.sleep(1000);
          } catch (InterruptedException e) {
            return;
          }
        }
        System.out.println("vankien-neo4j: process " + watchedPid + " is gone; stopping");
        System.exit(0);
      }, "vankien-neo4j-watch");
      watcher.setDaemon(true);
      watcher.start();
    }

    Files.writeString(pidFile, Long.toString(ProcessHandle.current().pid()), StandardCharsets.UTF_8);
    System.out.println("vankien-neo4j: ready bolt://127.0.0.1:" + port + " auth=" + auth + " data=" + dataDir);
    stopped.await();
  }

  private static Map<String, String> parseArgs(String[] args) {
    Map<String, String> opts = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("Expected --name value pairs, got " + args[i]);
      }
      opts.put(args[i].substring(2), args[i + 1]);
    }
    return opts;
  }

  private static String require(Map<String, String> opts, String name) {
    String value = opts.get(name);
    if (value == null) {
      throw new IllegalArgumentException("Missing --" + name);
    }
    return value;
  }
}
