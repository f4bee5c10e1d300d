package org.socialgov.platform.audit;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.UnaryOperator;

import com.mongodb.client.MongoCursor;
import io.micronaut.json.JsonMapper;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A tenant's events as NDJSON, one self-contained line per event, produced while the client reads: only the
 * current line and the cursor's batch are in memory, however long the range.
 */
final class EventExportStream extends InputStream {

    private static final Logger LOG = LoggerFactory.getLogger(EventExportStream.class);
    private static final byte[] NEWLINE = {'\n'};

    private final MongoCursor<Document> cursor;
    private final String tenant;
    private final JsonMapper jsonMapper;
    private final UnaryOperator<AuditEvent> shown;
    private byte[] line = new byte[0];
    private int position;
    private long exported;

    EventExportStream(MongoCursor<Document> cursor, String tenant, JsonMapper jsonMapper,
                      UnaryOperator<AuditEvent> shown) {
        this.cursor = cursor;
        this.tenant = tenant;
        this.jsonMapper = jsonMapper;
        this.shown = shown;
    }

    @Override
    public int read() throws IOException {
        if (!ensureLine()) {
            return -1;
        }
        return line[position++] & 0xff;
    }

    /** Fills as much of the buffer as the lines at hand allow, so the server writes large chunks, not lines. */
    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        int copied = 0;
        while (copied < length && ensureLine()) {
            int chunk = Math.min(length - copied, line.length - position);
            System.arraycopy(line, position, buffer, offset + copied, chunk);
            position += chunk;
            copied += chunk;
        }
        return copied == 0 ? -1 : copied;
    }

    private boolean ensureLine() throws IOException {
        while (position >= line.length) {
            if (!cursor.hasNext()) {
                return false;
            }
            AuditEvent event = AuditEvents.toAuditEvent(StoredEvent.from(cursor.next()));
            if (tenant.equals(event.tenant())) {
                byte[] json = jsonMapper.writeValueAsBytes(shown.apply(event));
                line = new byte[json.length + 1];
                System.arraycopy(json, 0, line, 0, json.length);
                System.arraycopy(NEWLINE, 0, line, json.length, 1);
                position = 0;
                exported++;
            }
        }
        return true;
    }

    @Override
    public void close() {
        cursor.close();
        LOG.info("Export for tenant '{}' ended after {} events", tenant, exported);
    }
}
