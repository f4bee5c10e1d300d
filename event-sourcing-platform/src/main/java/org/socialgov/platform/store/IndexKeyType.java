package org.socialgov.platform.store;

import java.nio.ByteBuffer;
import java.util.Comparator;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store's unique indexes order their keys: by value, as MongoDB orders them.
 *
 * <p>The stock backend leaves index keys to H2's generic object type, which compares two objects it does not know
 * by Java-serialising both: every step of every index lookup serialised two keys, half the store's CPU in a
 * projection rebuild (one lookup per event by position, each about eighteen steps deep at 200,000 events). Keys
 * are still stored as the generic type stores them; only the order changes. Keys equal by value but not equal as
 * objects (an int and a long of the same number) stay apart, ordered as the generic type ordered them, so the index
 * holds exactly the keys it held before.
 */
final class IndexKeyType extends BasicDataType<KeyValue> {

    private static final Comparator<Object> BY_VALUE = ValueComparator.asc();

    private final ObjectDataType storage = new ObjectDataType();

    @Override
    public int compare(KeyValue a, KeyValue b) {
        if (a == b) {
            return 0;
        }
        int bySize = Integer.compare(a.size(), b.size());
        if (bySize != 0) {
            return bySize;
        }
        for (int i = 0; i < a.size(); i++) {
            int byValue = BY_VALUE.compare(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return a.equals(b) ? 0 : storage.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        return storage.getMemory(key);
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        storage.write(buffer, key);
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        return (KeyValue) storage.read(buffer);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
