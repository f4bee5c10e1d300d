package org.socialgov.platform.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import org.bson.Document;
import org.bson.types.Binary;
import org.bson.types.Decimal128;
import org.bson.types.ObjectId;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.ObjectDataType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded store's documents kept as BSON: the same documents come back, and stores written before still read. */
class StoredDocumentsTest {

    @TempDir
    Path dataDir;

    @Test
    void givenDocumentsOfEveryKindTheSuiteStores_whenTheStoreIsOpenedAgain_thenEachReadsBackAsWritten() {
        String file = dataDir.resolve("store.mv").toString();
        List<Document> written = new ArrayList<>();
        withStore(new DurableH2Backend(file), documents -> {
            for (int n = 0; n < 300; n++) {
                documents.insertOne(everyKind(n));
            }
            documents.updateOne(Filters.eq("_id", "doc-7"), Updates.combine(Updates.inc("count", 5L),
                Updates.push("tags", "ノルウェー語: blåbærsyltetøy")));
            documents.find().sort(new Document("_id", 1)).into(written);
        });

        withStore(new DurableH2Backend(file), documents -> {
            List<Document> read = documents.find().sort(new Document("_id", 1)).into(new ArrayList<>());
            assertEquals(written, read);
            assertEquals(12L, read.stream().filter(d -> d.get("_id").equals("doc-7")).findFirst().orElseThrow()
                .getLong("count"));
        });
    }

    @Test
    void givenStoreWrittenByTheStockBackend_whenOpenedChangedAndOpenedAgain_thenOldAndNewDocumentsRead() {
        String file = dataDir.resolve("store.mv").toString();
        List<Document> written = new ArrayList<>();
        withStore(new H2Backend(file), documents -> {
            for (int n = 0; n < 200; n++) {
                documents.insertOne(everyKind(n));
            }
            documents.find().sort(new Document("_id", 1)).into(written);
        });

        withStore(new DurableH2Backend(file), documents -> {
            assertEquals(written, documents.find().sort(new Document("_id", 1)).into(new ArrayList<>()));
            documents.insertOne(everyKind(500));
            documents.updateOne(Filters.eq("_id", "doc-3"), Updates.set("title", "changed"));
        });

        withStore(new DurableH2Backend(file), documents -> {
            assertEquals(201, documents.countDocuments());
            assertEquals("changed", documents.find(Filters.eq("_id", "doc-3")).first().getString("title"));
            assertEquals(written.get(150), documents.find(Filters.eq("_id", written.get(150).get("_id"))).first());
            assertEquals("doc-500", documents.find(Filters.eq("count", 500L)).first().get("_id"));
        });
    }

    @Test
    void givenAValueOfTheStockType_whenRead_thenItReadsAsBeforeWhileNewValuesAreBson() {
        StoredDocumentType type = new StoredDocumentType();
        de.bwaldvogel.mongo.bson.Document document = new de.bwaldvogel.mongo.bson.Document("_id", "x")
            .append("n", 1L).append("nested", new de.bwaldvogel.mongo.bson.Document("t", "テキスト"));

        WriteBuffer stock = new WriteBuffer();
        new ObjectDataType().write(stock, document);
        assertEquals(document, type.read(stock.getBuffer().flip()));

        WriteBuffer bson = new WriteBuffer();
        type.write(bson, document);
        ByteBuffer written = bson.getBuffer().flip();
        assertEquals(StoredDocumentType.BSON_TAG, written.get(0) & 0xff);
        assertEquals(document, type.read(written));
        assertTrue(!written.hasRemaining(), "the value is read to its end");
    }

    private static Document everyKind(int n) {
        return new Document("_id", "doc-" + n).append("count", (long) n).append("small", n).append("ratio", n / 7.0)
            .append("amount", Decimal128.parse(n + ".25")).append("title", "Kontrakt " + n + " – 契約 æøå")
            .append("at", Date.from(Instant.ofEpochMilli(1_700_000_000_000L + n))).append("flag", n % 2 == 0)
            .append("none", null).append("objectId", new ObjectId(Date.from(Instant.ofEpochSecond(1_700_000_000L + n)), n))
            .append("bytes", new Binary(new byte[] {1, 2, (byte) n})).append("uuid", new UUID(n, n + 1L))
            .append("tags", new ArrayList<>(List.of("a", "b" + n)))
            .append("nested", new Document("list", List.of(new Document("k", n), 3L)).append("empty", new Document()));
    }

    private static void withStore(MongoBackend backend, Consumer<MongoCollection<Document>> use) {
        MongoServer server = new MongoServer(backend);
        server.bind("127.0.0.1", 0);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + server.getLocalAddress().getPort()
            + "/?uuidRepresentation=standard")) {
            use.accept(client.getDatabase("contracts").getCollection("summaries"));
        } finally {
            server.shutdown();
        }
    }
}
