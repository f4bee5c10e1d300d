package org.socialgov.suite;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.socialgov.client.contract.ApiClient;
import org.socialgov.client.contract.api.ContractAmendmentsApi;
import org.socialgov.client.contract.api.ContractHistoryApi;
import org.socialgov.client.contract.api.ContractLifecycleApi;
import org.socialgov.client.contract.api.ContractReviewApi;
import org.socialgov.client.contract.api.ContractSubcontractingApi;
import org.socialgov.client.contract.api.ContractsApi;

/** A suite started for a test: the store, the contract service and the gateway, on free ports. */
public final class RunningSuite implements AutoCloseable {

    public static final Path REPOSITORY = Path.of("..").toAbsolutePath().normalize();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    public final LocalSuite suite;

    private RunningSuite(LocalSuite suite) {
        this.suite = suite;
    }

    static RunningSuite start(Path dataDir) {
        return start(dataDir, SuiteApplication.CONTRACT_SERVICE);
    }

    /** The store, the gateway and the given service(s). */
    static RunningSuite start(Path dataDir, SuiteApplication... services) {
        Set<SuiteApplication> applications = new HashSet<>(Set.of(services));
        applications.add(SuiteApplication.GATEWAY);
        return new RunningSuite(LocalSuite.start(REPOSITORY, dataDir, 0, applications, FreePorts.forEveryApplication(),
            System.out::println));
    }

    /** The whole suite, with these settings in every application's environment. */
    public static RunningSuite startAll(Path dataDir, Map<String, String> settings) {
        return new RunningSuite(LocalSuite.start(REPOSITORY, dataDir, 0, EnumSet.allOf(SuiteApplication.class),
            FreePorts.forEveryApplication(), settings, System.out::println));
    }

    /** A call through the gateway: method, path (from /api on), token (or none) and JSON body (or none). */
    public HttpResponse<String> call(String method, String path, String token, String json, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + path))
            .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i + 1 < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }
    /** A user token from the gateway's development token endpoint. */
    public String token(String subject, String tenant, String role) {
        String body = "{\"subject\":\"" + subject + "\",\"tenant\":\"" + tenant + "\",\"roles\":[\"" + role + "\"]}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(suite.gatewayUrl() + "/dev/tokens"))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build());
        Matcher matcher = TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !matcher.find()) {
            throw new IllegalStateException("No development token: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    ContractsApi contracts(String token) {
        return new ContractsApi(client(token));
    }

    ContractAmendmentsApi contractAmendments(String token) {
        return new ContractAmendmentsApi(client(token));
    }

    ContractSubcontractingApi contractSubcontracting(String token) {
        return new ContractSubcontractingApi(client(token));
    }

    ContractLifecycleApi contractLifecycle(String token) {
        return new ContractLifecycleApi(client(token));
    }

    ContractReviewApi contractReview(String token) {
        return new ContractReviewApi(client(token));
    }

    ContractHistoryApi contractHistory(String token) {
        return new ContractHistoryApi(client(token));
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(suite.gatewayUrl() + "/api");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        suite.close();
    }
}
