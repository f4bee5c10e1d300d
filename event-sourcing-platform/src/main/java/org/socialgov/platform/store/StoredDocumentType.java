package org.socialgov.platform.store;

import java.nio.ByteBuffer;

import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.bson.BsonDecoder;
import de.bwaldvogel.mongo.wire.bson.BsonEncoder;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.WriteBuffer;
import org.h2.mvstore.type.BasicDataType;
import org.h2.mvstore.type.ObjectDataType;

/**
 * How the embedded store keeps its documents on disk: as BSON, the encoding they arrive and leave in.
 *
 * <p>The stock backend leaves documents to H2's generic object type, which Java-serialises them. A commit writes
 * every changed page whole, so one new document rewrites the page it joins with all the documents already on it, and
 * a lookup on a page not in the cache reads them all back: in a projection rebuild, Java serialisation and its
 * reverse were the largest single cost of the store. BSON does the same work several times faster.
 *
 * <p>A value is written as a tag no H2 type uses ({@value #BSON_TAG}), its length and its BSON. A store written before
 * holds values of the stock type, which begin with one of H2's own tags: those are read as before, and each page is
 * written as BSON the next time it changes, so no conversion is needed. A document BSON cannot express (none that the
 * store's commands produce) is kept as before.
 */
final class StoredDocumentType extends BasicDataType<Document> {

    /** Above every tag of H2's {@link ObjectDataType} (0 to 119). */
    static final int BSON_TAG = 200;
    /** A rough size per field, for H2's cache accounting: measuring each document exactly would cost an encoding. */
    private static final int MEMORY_PER_FIELD = 48;

    private final ObjectDataType stock = new ObjectDataType();

    @Override
    public int getMemory(Document document) {
        return 64 + MEMORY_PER_FIELD * document.size();
    }

    @Override
    public void write(WriteBuffer buffer, Document document) {
        ByteBuf bson = Unpooled.buffer();
        try {
            BsonEncoder.encodeDocument(document, bson);
        } catch (RuntimeException notExpressibleInBson) {
            bson.release();
            stock.write(buffer, document);
            return;
        }
        try {
            int length = bson.readableBytes();
            buffer.put((byte) BSON_TAG).putVarInt(length);
            buffer.put(bson.array(), bson.arrayOffset() + bson.readerIndex(), length);
        } finally {
            bson.release();
        }
    }

    @Override
    public Document read(ByteBuffer buffer) {
        if ((buffer.get(buffer.position()) & 0xff) != BSON_TAG) {
            return (Document) stock.read(buffer);
        }
        buffer.get();
        int length = DataUtils.readVarInt(buffer);
        ByteBuffer bson = buffer.slice();
        bson.limit(length);
        buffer.position(buffer.position() + length);
        return BsonDecoder.decodeBson(Unpooled.wrappedBuffer(bson));
    }

    @Override
    public Document[] createStorage(int size) {
        return new Document[size];
    }
}
