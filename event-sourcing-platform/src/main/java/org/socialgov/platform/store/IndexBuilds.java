package org.socialgov.platform.store;

import java.util.ArrayList;
import java.util.List;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * The unique indexes of the embedded store being filled from their collection's documents, marked on the store
 * itself until the fill is over.
 *
 * <p>mongo-java-server fills an index when it opens it empty, and never again. H2 also commits in the background
 * about once a second, so a crash in the middle of a fill (a new index on a large collection, or the rebuild of every
 * index when a store written before is first opened) could leave on disk an index holding some documents and not
 * others: for good, lookups would miss the others and their duplicates would be let in. An index whose fill was under
 * way when the store stopped is emptied when it is opened again, and so filled again. A fill is over when the command
 * or the opening of the database that started it has returned; fills run on the thread of their command, so each
 * thread settles its own.
 */
final class IndexBuilds {

    private static final String MAP = "socialgov.index-builds";
    private static final ThreadLocal<List<String>> STARTED_ON_THIS_THREAD = ThreadLocal.withInitial(ArrayList::new);

    private IndexBuilds() {
    }

    /** Whether the fill of this index's map was under way when the store last stopped (or failed since). */
    static boolean leftUnfinished(MVStore store, String indexMap) {
        return marks(store).containsKey(indexMap);
    }

    /** Marks the fill of this index's map as under way, until this thread's command or opening returns. */
    static void starting(MVStore store, String indexMap) {
        marks(store).put(indexMap, Boolean.TRUE);
        STARTED_ON_THIS_THREAD.get().add(indexMap);
    }

    /** The fills this thread started are complete: their marks go. */
    static void finishedOnThisThread(MVStore store) {
        List<String> started = STARTED_ON_THIS_THREAD.get();
        if (!started.isEmpty()) {
            MVMap<String, Boolean> marks = marks(store);
            started.forEach(marks::remove);
            started.clear();
        }
    }

    /** The command of this thread failed: a fill it started may be incomplete, so its mark stays. */
    static void failedOnThisThread() {
        STARTED_ON_THIS_THREAD.get().clear();
    }

    private static MVMap<String, Boolean> marks(MVStore store) {
        return store.openMap(MAP);
    }
}
