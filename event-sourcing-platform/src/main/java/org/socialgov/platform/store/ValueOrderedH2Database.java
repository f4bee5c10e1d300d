package org.socialgov.platform.store;

import java.lang.reflect.Field;
import java.util.List;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A database of the embedded store whose unique indexes order their keys by value ({@link IndexKeyType}) and whose
 * documents are kept as BSON ({@link StoredDocumentType}).
 *
 * <p>Their maps are named apart from the stock ones ({@value #MAP_SUFFIX}), because a map's order is fixed in its
 * file: a store written before is opened with empty maps under the new names, which mongo-java-server fills from the
 * collection's documents as it opens the index, and the stock maps are removed.
 */
final class ValueOrderedH2Database extends H2Database {

    private static final Logger LOG = LoggerFactory.getLogger(ValueOrderedH2Database.class);
    static final String MAP_SUFFIX = ".by-value";
    /** H2Database's names for a collection's maps, which it uses again to drop and rename them. */
    private static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";
    /**
     * H2Database opens its indexes from its own constructor, before a subclass could keep the store in a field of
     * its own; its field is already set by then.
     */
    private static final Field STORE = storeField();

    ValueOrderedH2Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
        super(databaseName, store, cursorRegistry);
        // Every index of the database was opened, and filled where it was empty, by the constructor above.
        IndexBuilds.finishedOnThisThread(store);
    }

    @Override
    protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                    boolean sparse) {
        MVStore store = store();
        String stockName = stockMapName(collectionName, indexName);
        if (store.hasMap(stockName)) {
            LOG.info("Rebuilding index {} of {} in key order by value (once, for a store written before)",
                indexName, getFullCollectionNamespace(collectionName));
            store.removeMap(stockName);
        }
        String mapName = stockName + MAP_SUFFIX;
        if (IndexBuilds.leftUnfinished(store, mapName)) {
            LOG.warn("Index {} of {} was being built when the store stopped; building it again", indexName,
                getFullCollectionNamespace(collectionName));
            store.removeMap(mapName);
        }
        MVMap<KeyValue, Object> map = store.openMap(mapName,
            new MVMap.Builder<KeyValue, Object>().keyType(new IndexKeyType()));
        if (map.isEmpty()) {
            // mongo-java-server fills it from the collection's documents as soon as this returns.
            IndexBuilds.starting(store, mapName);
        }
        return new ValueOrderedUniqueIndex(map, indexName, keys, sparse);
    }

    /**
     * The stock collection, with its documents kept as BSON ({@link StoredDocumentType}) under the stock map name, so
     * that the stock code that drops and renames collections finds the same map.
     */
    @Override
    protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
        String fullName = getFullCollectionNamespace(collectionName);
        MVMap<Object, Document> documents = store().openMap(DATA_MAP_PREFIX + fullName,
            new MVMap.Builder<Object, Document>().valueType(new StoredDocumentType()));
        MVMap<String, Object> meta = store().openMap(META_MAP_PREFIX + fullName);
        return new H2Collection(this, collectionName, options, documents, meta, cursorRegistry);
    }

    @Override
    protected void dropIndex(MongoCollection<Object> collection, String indexName) {
        super.dropIndex(collection, indexName);
        store().removeMap(stockMapName(collection.getCollectionName(), indexName) + MAP_SUFFIX);
    }

    private String stockMapName(String collectionName, String indexName) {
        return getFullCollectionNamespace(collectionName) + "._index_" + indexName;
    }

    private MVStore store() {
        try {
            return (MVStore) STORE.get(this);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("H2Database's store cannot be read", e);
        }
    }

    private static Field storeField() {
        try {
            Field field = H2Database.class.getDeclaredField("mvStore");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("This mongo-java-server's H2Database keeps no mvStore field", e);
        }
    }
}
