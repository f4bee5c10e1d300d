package org.socialgov.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import org.socialgov.suite.FreePorts;

/**
 * nginx as the yardstick for the gateway: a plain reverse proxy on a loopback port to one upstream, with keepalive
 * connections to it, passing the Authorization header on (nginx does by default). Configured from a file written
 * into a scratch directory, run in the foreground as a child of this JVM, and stopped with it.
 */
final class NginxProxy implements AutoCloseable {

    private final Process process;
    private final int port;

    private NginxProxy(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static NginxProxy start(int upstreamPort, Path scratch) {
        int port = FreePorts.one();
        try {
            Path dir = Files.createDirectories(scratch.resolve("nginx"));
            Path config = dir.resolve("nginx.conf");
            Files.writeString(config, configuration(dir, port, upstreamPort));
            Process process = new ProcessBuilder("nginx", "-p", dir.toString(), "-c", config.toString(),
                "-e", dir.resolve("error.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("nginx.out").toFile()).start();
            NginxProxy proxy = new NginxProxy(process, port);
            proxy.awaitListening(dir);
            return proxy;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start nginx (apt-get install -y nginx)", e);
        }
    }

    int port() {
        return port;
    }

    private static String configuration(Path dir, int port, int upstreamPort) {
        return """
            # Written by the benchmark: nginx as a plain reverse proxy to contract-service, on loopback.
            daemon off;
            master_process on;
            worker_processes auto;
            user root;  # only heeded when started as root: workers can then write the scratch directory
            pid %1$s/nginx.pid;
            error_log %1$s/error.log warn;
            events { worker_connections 1024; }
            http {
              access_log off;
              client_body_temp_path %1$s/client_body;
              proxy_temp_path %1$s/proxy;
              fastcgi_temp_path %1$s/fastcgi;
              uwsgi_temp_path %1$s/uwsgi;
              scgi_temp_path %1$s/scgi;
              upstream service {
                server 127.0.0.1:%3$d;
                keepalive 32;
              }
              server {
                listen 127.0.0.1:%2$d;
                location / {
                  proxy_pass http://service;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                }
              }
            }
            """.formatted(dir, port, upstreamPort);
    }

    private void awaitListening(Path dir) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("nginx stopped at start; see " + dir.resolve("error.log") + " and "
                    + dir.resolve("nginx.out"));
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                pause();
            }
        }
        throw new IllegalStateException("nginx did not listen on port " + port + " within 15 s");
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
