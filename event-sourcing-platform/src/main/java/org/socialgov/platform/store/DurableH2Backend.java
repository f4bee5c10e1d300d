package org.socialgov.platform.store;

import java.util.Locale;
import java.util.Set;

import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

/**
 * The H2 backend of mongo-java-server, committed to disk after every write.
 *
 * <p>The stock backend lets H2's MVStore auto-commit about once a second, so a {@code kill -9} could lose
 * writes the client had already seen acknowledged. Committing before the acknowledgement closes that window.
 * Its databases order index keys by value ({@link ValueOrderedH2Database}), and an index whose fill a crash cut off is
 * filled again ({@link IndexBuilds}).
 */
final class DurableH2Backend extends H2Backend {

    private static final Set<String> WRITE_COMMANDS = Set.of(
        "insert", "update", "delete", "findandmodify", "create", "createindexes", "drop", "dropindexes",
        "dropdatabase", "renamecollection");

    DurableH2Backend(String fileName) {
        super(fileName);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new ValueOrderedH2Database(databaseName, getMvStore(), getCursorRegistry());
    }

    @Override
    public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
        Document result;
        try {
            result = super.handleCommand(channel, databaseName, command, query);
        } catch (RuntimeException failed) {
            IndexBuilds.failedOnThisThread();
            throw failed;
        }
        IndexBuilds.finishedOnThisThread(getMvStore());
        if (WRITE_COMMANDS.contains(command.toLowerCase(Locale.ROOT))) {
            commit();
        }
        return result;
    }
}
