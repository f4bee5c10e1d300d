package org.socialgov.platform.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import org.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An index whose fill a crash cut off is filled again when the store opens; one filled to the end is left as it is. */
class IndexBuildsTest {

    private static final int DOCUMENTS = 400;
    private static final String INDEX_MAP = "contracts.domainevents._index_position_1" + ValueOrderedH2Database.MAP_SUFFIX;
    private static final String MARKS = "socialgov.index-builds";

    @TempDir
    Path dataDir;

    @Test
    void givenAFillCutOffByACrash_whenTheStoreOpensAgain_thenTheIndexFindsEveryDocumentAndRefusesEveryDuplicate() {
        String file = writeIndexedDocuments();
        try (MVStore raw = MVStore.open(file)) {
            // What H2's background commit can leave when the process dies halfway through a fill.
            MVMap<KeyValue, Object> index = raw.openMap(INDEX_MAP,
                new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
            for (long n = 0; n < DOCUMENTS; n += 2) {
                index.remove(new KeyValue(n));
            }
            raw.<String, Boolean>openMap(MARKS).put(INDEX_MAP, Boolean.TRUE);
        }

        withEvents(file, events -> {
            for (long n = 0; n < DOCUMENTS; n++) {
                assertEquals("e-" + n, events.find(Filters.eq("position", n)).first().getString("_id"), "position " + n);
            }
            assertThrows(MongoWriteException.class, () -> events.insertOne(event(10, "another")));
        });
        assertTrue(marks(file).isEmpty(), "the build is over");
    }

    @Test
    void givenIndexesBuiltToTheEnd_whenTheStoreClosesAndOpens_thenNoBuildIsLeftMarked() {
        String file = writeIndexedDocuments();
        assertTrue(marks(file).isEmpty());
        withEvents(file, events -> {
            events.createIndex(Indexes.ascending("other"), new IndexOptions().unique(true).sparse(true));
            assertEquals(DOCUMENTS, events.countDocuments());
        });
        assertTrue(marks(file).isEmpty());
    }

    private String writeIndexedDocuments() {
        String file = dataDir.resolve("store.mv").toString();
        withEvents(file, events -> {
            for (long n = 0; n < DOCUMENTS; n++) {
                events.insertOne(event(n, "e-" + n));
            }
            events.createIndex(Indexes.ascending("position"), new IndexOptions().unique(true));
        });
        return file;
    }

    private static List<String> marks(String file) {
        try (MVStore raw = MVStore.open(file)) {
            return List.copyOf(raw.<String, Boolean>openMap(MARKS).keySet());
        }
    }

    private static Document event(long position, String id) {
        return new Document("_id", id).append("position", position);
    }

    private static void withEvents(String file, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(new DurableH2Backend(file));
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort())) {
            use.accept(client.getDatabase("contracts").getCollection("domainevents"));
        } finally {
            server.shutdown();
        }
    }
}
