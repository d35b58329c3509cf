package vankien.db;

import java.nio.file.Path;

import org.neo4j.cli.ExecutionContext;
import org.neo4j.importer.ImportCommand;
import picocli.CommandLine;

/**
 * Runs Neo4j's offline bulk importer (what `neo4j-admin database import full` runs) against the data directory of the
 * embedded Neo4j that Main starts: that directory is the Neo4j home, so the store lands in DIR/data/databases/NAME,
 * where Main opens it. Neo4j must not be running on DIR while this runs.
 *
 * Usage: java -Dvankien.home=DIR -cp ... vankien.db.Import [importer options] [DATABASE]
 * The options are those of `neo4j-admin database import full` (--nodes, --relationships, --overwrite-destination,
 * --id-type, --array-delimiter...); --help lists them all. Exits with the importer's own status.
 */
public final class Import {
  private static final String USAGE = String.join(System.lineSeparator(),
      "usage: java -Dvankien.home=<data dir> -cp <classes and Neo4j jars> vankien.db.Import [options] [database]",
      "  Imports CSV files into a new store under <data dir>/data/databases/<database> (default neo4j),",
      "  the store the embedded Neo4j (vankien.db.Main --data <data dir>) opens. Neo4j must be stopped on that directory.",
      "  Options are those of neo4j-admin database import full, e.g.",
      "    --nodes=Label=nodes.csv --relationships=TYPE=rels.csv --overwrite-destination --id-type=actual",
      "  --help lists every option.");

  private Import() {}

  public static void main(String[] args) {
    String home = System.getProperty("vankien.home");
    if (home == null || home.isBlank() || args.length == 0) {
      System.err.println(home == null || home.isBlank() ? "vankien-import: the system property vankien.home (the data directory) is not set" : "vankien-import: no arguments");
      System.err.println(USAGE);
      System.exit(2);
    }
    Path homeDir = Path.of(home).toAbsolutePath();
    // Without a neo4j.conf in DIR/conf the importer uses Neo4j's defaults relative to DIR, as Main does.
    ExecutionContext ctx = new ExecutionContext(homeDir, homeDir.resolve("conf"));
    // As neo4j-admin does: `import` is the parent command and `full` its subcommand, built with the context. Full reads
    // options of its parent (--schema needs it), so it cannot run on its own.
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        return type == ImportCommand.Full.class ? type.cast(new ImportCommand.Full(ctx)) : CommandLine.defaultFactory().create(type);
      }
    };
    String[] full = new String[args.length + 1];
    full[0] = "full";
    System.arraycopy(args, 0, full, 1, args.length);
    System.exit(new CommandLine(new ImportCommand(), factory).execute(full));
  }
}
