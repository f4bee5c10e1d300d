package org.socialgov.suite.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 written by hand on a socket, one connection per request. Java's HTTP client refuses to send what a
 * hostile client would: a malformed percent-escape in the path, raw non-ASCII bytes in a header, a body that is
 * not UTF-8. This client sends the bytes it is given and reads whatever comes back.
 */
final class RawHttp {

    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;

    RawHttp(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Sends the request; {@code target} is the request-target exactly as it goes on the wire. */
    RawResponse send(String method, String target, List<Map.Entry<String, byte[]>> headers, byte[] body) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(TIMEOUT_MILLIS);
            OutputStream out = socket.getOutputStream();
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.writeBytes((method + " " + target + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nConnection: close\r\n").getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, byte[]> header : headers) {
                request.writeBytes((header.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
                request.writeBytes(header.getValue());
                request.writeBytes(new byte[] {'\r', '\n'});
            }
            if (body != null) {
                request.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            request.writeBytes(new byte[] {'\r', '\n'});
            out.write(request.toByteArray());
            if (body != null) {
                writeTolerantly(out, body);
            }
            out.flush();
            return read(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + method + " " + abbreviated(target), e);
        }
    }

    /** A server may answer 413 and close before an oversized body is written; its answer still counts. */
    private static void writeTolerantly(OutputStream out, byte[] body) {
        try {
            out.write(body);
        } catch (IOException refusedMidway) {
            // The answer, if any, is read next.
        }
    }

    private static RawResponse read(InputStream in) throws IOException {
        String statusLine = line(in);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("Not an HTTP answer: " + abbreviated(statusLine));
        }
        int status = Integer.parseInt(parts[1]);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        for (String header = line(in); !header.isEmpty(); header = line(in)) {
            int colon = header.indexOf(':');
            headers.add(Map.entry(header.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                header.substring(colon + 1).trim()));
        }
        RawResponse head = new RawResponse(status, headers, "");
        byte[] body;
        if ("chunked".equalsIgnoreCase(head.header("transfer-encoding"))) {
            body = chunked(in);
        } else if (head.header("content-length") != null) {
            body = in.readNBytes(Integer.parseInt(head.header("content-length")));
        } else {
            body = in.readAllBytes();
        }
        return new RawResponse(status, headers, new String(body, StandardCharsets.UTF_8));
    }

    private static byte[] chunked(InputStream in) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (int size = chunkSize(in); size > 0; size = chunkSize(in)) {
            body.writeBytes(in.readNBytes(size));
            line(in);
        }
        for (String trailer = line(in); !trailer.isEmpty(); trailer = line(in)) {
            // Trailers carry nothing the checks read.
        }
        return body.toByteArray();
    }

    private static int chunkSize(InputStream in) throws IOException {
        String size = line(in).split(";", 2)[0].trim();
        return size.isEmpty() ? 0 : Integer.parseInt(size, 16);
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    static String abbreviated(String text) {
        return text.length() <= 200 ? text : text.substring(0, 200) + "…(" + text.length() + " chars)";
    }
}
