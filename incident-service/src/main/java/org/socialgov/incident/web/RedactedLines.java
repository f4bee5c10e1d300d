package org.socialgov.incident.web;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * An NDJSON stream with each line rewritten as the client reads it: one line in memory at a time, however long the
 * export. Closing it closes the source (and so the store's cursor).
 */
final class RedactedLines extends InputStream {

    private final InputStream source;
    private final UnaryOperator<byte[]> rewrite;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private byte[] line = new byte[0];
    private int position;

    RedactedLines(InputStream source, UnaryOperator<byte[]> rewrite) {
        this.source = new BufferedInputStream(source);
        this.rewrite = rewrite;
    }

    @Override
    public int read() throws IOException {
        return ensureLine() ? line[position++] & 0xff : -1;
    }

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
            pending.reset();
            int next = source.read();
            while (next != -1 && next != '\n') {
                pending.write(next);
                next = source.read();
            }
            if (next == -1 && pending.size() == 0) {
                return false;
            }
            line = pending.size() == 0 ? new byte[] {'\n'} : withNewline(rewritten(pending.toByteArray()));
            position = 0;
        }
        return true;
    }

    private byte[] rewritten(byte[] original) throws IOException {
        try {
            return rewrite.apply(original);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private static byte[] withNewline(byte[] json) {
        byte[] terminated = new byte[json.length + 1];
        System.arraycopy(json, 0, terminated, 0, json.length);
        terminated[json.length] = '\n';
        return terminated;
    }

    @Override
    public void close() throws IOException {
        source.close();
    }
}
