package org.socialgov.platform.store;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store's unique indexes order their keys: by value, as MongoDB orders them.
 *
 * <p>The stock backend leaves index keys to H2's generic object type, which compares two objects it does not know
 * by Java-serialising both: every step of every index lookup serialised two keys, half the store's CPU in a
 * projection rebuild (one lookup per event by position, each about eighteen steps deep at 200,000 events), and every
 * page written at a commit Java-serialised each of its keys again. Here a key is compared value by value, and stored
 * as its number of values followed by each value in H2's own encoding (which Java-serialises only types it does not
 * know, none of which the suite indexes). Keys equal by value but not equal as objects (an int and a long of the
 * same number) stay apart, ordered as the generic type ordered them, so the index holds exactly the keys the stock
 * one held.
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
            int byValue = compareValues(a.get(i), b.get(i));
            if (byValue != 0) {
                return byValue;
            }
        }
        return a.equals(b) ? 0 : storage.compare(a, b);
    }

    /**
     * MongoDB's order of two values; two strings or two longs (the keys of almost every lookup) compared as
     * {@link ValueComparator} compares them, without its type ranking and number normalising, which were a tenth of
     * the store's CPU in a rebuild.
     */
    private static int compareValues(Object a, Object b) {
        if (a instanceof String first && b instanceof String second) {
            return first.compareTo(second);
        }
        if (a instanceof Long first && b instanceof Long second) {
            return Long.compare(first, second);
        }
        return BY_VALUE.compare(a, b);
    }

    @Override
    public int getMemory(KeyValue key) {
        int memory = 24;
        for (Object value : key) {
            memory += storage.getMemory(value);
        }
        return memory;
    }

    @Override
    public void write(WriteBuffer buffer, KeyValue key) {
        buffer.putVarInt(key.size());
        for (Object value : key) {
            storage.write(buffer, value);
        }
    }

    @Override
    public KeyValue read(ByteBuffer buffer) {
        int size = DataUtils.readVarInt(buffer);
        List<Object> values = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            values.add(storage.read(buffer));
        }
        return new KeyValue(values);
    }

    @Override
    public KeyValue[] createStorage(int size) {
        return new KeyValue[size];
    }
}
