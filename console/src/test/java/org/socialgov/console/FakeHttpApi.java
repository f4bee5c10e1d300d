package org.socialgov.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A stand-in for part of the gateway's public API on a loopback port of its own, for the console's HTTP tests: each
 * fake answers the calls its pages make ({@link #answer}) with documents shaped as openapi/ says.
 */
public abstract class FakeHttpApi implements AutoCloseable {

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    private static final String NDJSON = "application/x-ndjson";

    private final HttpServer server;

    protected FakeHttpApi() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::answer);
        server.start();
    }

    /** Where the console finds it (its gateway URL). */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** Answers one call; {@link #send} writes the answer. */
    protected abstract void answer(HttpExchange exchange) throws IOException;

    protected static String bodyOf(HttpExchange exchange) throws IOException {
        return new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
    }

    /** A problem document as the services write it; {@code more} adds members (",\"errors\":[...]"). */
    public static String problem(int status, String title, String detail, String more) {
        return "{\"type\":\"https://socialgov.org/problems/x\",\"title\":\"" + title + "\",\"status\":" + status
            + ",\"detail\":\"" + detail + "\",\"requestId\":\"req-1\"" + more + "}";
    }

    protected static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        // A stream (an export) is sent in chunks, as the services stream it; everything else with its length.
        exchange.sendResponseHeaders(status, type.equals(NDJSON) ? 0 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
