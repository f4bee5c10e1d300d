package org.socialgov.platform.idempotency;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import com.mongodb.MongoException;
import io.micronaut.aop.InterceptorBean;
import io.micronaut.aop.MethodInterceptor;
import io.micronaut.aop.MethodInvocationContext;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.socialgov.platform.audit.StoredEvent;
import org.socialgov.platform.identity.CurrentIdentity;
import org.socialgov.platform.idempotency.LegacyKeyRecords.EarlierAttempt;
import org.socialgov.platform.store.StoreFailures;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * Makes {@link Idempotent} endpoints safe to retry: a client that lost the answer sends the same request with the
 * same {@code Idempotency-Key} and gets the original answer, while the change happened once. A key is the caller's
 * own ({@link KeyOwner}): a retry must come from the same caller (subject, and client id if a machine client sent
 * it) with the same method, path and arguments (body, path, query and the headers the operation binds, such as
 * If-Match); the same key from another caller is another key.
 */
@Singleton
@InterceptorBean(Idempotent.class)
class IdempotencyInterceptor implements MethodInterceptor<Object, Object> {

    static final ProblemType KEY_REUSED = new ProblemType("idempotency-key-reused",
        "This Idempotency-Key was used for another request", HttpStatus.UNPROCESSABLE_ENTITY);
    static final ProblemType KEY_IN_PROGRESS = new ProblemType("idempotency-key-in-progress",
        "A request with this Idempotency-Key is still being processed", HttpStatus.CONFLICT);
    static final ProblemType ANSWER_LOST = new ProblemType("idempotency-key-answer-lost",
        "The request with this Idempotency-Key took effect, but its answer was lost", HttpStatus.CONFLICT);
    /** Headers that are part of the answer a client may need again. */
    private static final String[] REPLAYED_HEADERS = {HttpHeaders.LOCATION, HttpHeaders.ETAG};

    private final IdempotencyRecords records;
    private final RecordedEffects effects;
    private final LegacyKeyRecords legacy;
    private final DeferredRecordWrites deferred;
    private final CurrentIdentity currentIdentity;
    private final JsonMapper jsonMapper;

    IdempotencyInterceptor(IdempotencyRecords records, RecordedEffects effects, LegacyKeyRecords legacy,
                           DeferredRecordWrites deferred, CurrentIdentity currentIdentity, JsonMapper jsonMapper) {
        this.records = records;
        this.effects = effects;
        this.legacy = legacy;
        this.deferred = deferred;
        this.currentIdentity = currentIdentity;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public Object intercept(MethodInvocationContext<Object, Object> context) {
        Optional<HttpRequest<Object>> request = ServerRequestContext.currentRequest();
        String key = request.map(r -> r.getHeaders().get(Idempotent.HEADER)).orElse(null);
        if (key == null || key.isBlank()) {
            return context.proceed();
        }
        if (key.length() > 200) {
            throw new ProblemException(ProblemType.INVALID_REQUEST, "Header 'Idempotency-Key' is longer than 200");
        }
        KeyOwner owner = KeyOwner.of(currentIdentity.require());
        Document id = owner.recordId(key);
        String requestHash = hash(request.get(), context.getParameterValues());
        String attempt = UUID.randomUUID().toString();
        Instant claimed = Instant.now();
        Optional<Document> recorded;
        try {
            recorded = records.claim(id, requestHash, attempt);
        } catch (MongoException lost) {
            // The store may have taken the claim and lost only its acknowledgement: release it once the store is
            // back, or every retry would be told "in progress" for good.
            deferred.writeOrDefer(() -> records.release(id, attempt), true);
            throw lost;
        }
        if (recorded.isPresent() && !tookOverAbandoned(recorded.get(), requestHash, attempt)) {
            return replay(recorded.get(), requestHash);
        }
        // After a takeover, the abandoned attempt's effects count too.
        Instant since = recorded.map(abandoned -> abandoned.getDate("claimedAt").toInstant()).orElse(claimed);
        Runnable settleFailure = () -> settleFailure(id, owner, key, since, attempt);
        Object result;
        try {
            if (recorded.isPresent()) {
                failIfTookEffect(id, owner, key, since);
            } else {
                Optional<EarlierAttempt> earlier = legacy.earlierAttempt(owner, key, requestHash);
                if (earlier.isPresent()) {
                    return answerOf(id, earlier.get(), requestHash);
                }
            }
            result = context.proceed();
        } catch (ProblemException refusal) {
            if (refusal.problemType().status().getCode() < 500) {
                // A refusal is an answer too (and may itself be on the record): a retry gets the same one.
                deferred.writeOrDefer(() -> records.completeWithProblem(id, refusal.problemType(),
                    refusal.getMessage()));
            } else {
                deferred.writeOrDefer(settleFailure, false);
            }
            throw refusal;
        } catch (RuntimeException e) {
            deferred.writeOrDefer(settleFailure, StoreFailures.isStoreFailure(e));
            throw e;
        }
        if (result instanceof HttpResponse<?> response) {
            // The request was carried out: its answer is the client's even if the store cannot keep it just now,
            // and the key is never released, so a retry can never carry it out twice.
            int status = response.code();
            String body = body(response);
            Map<String, String> headers = replayedHeaders(response);
            deferred.writeOrDefer(() -> records.complete(id, status, body, headers));
        }
        return result;
    }

    /** After a takeover: if the abandoned attempt's events are on the record, running again would repeat them. */
    private void failIfTookEffect(Document id, KeyOwner owner, String key, Instant since) {
        effects.firstCausedBy(owner.tenant(), key, since, owner::caused).ifPresent(effect -> {
            records.completeWithProblem(id, ANSWER_LOST, answerLost(effect));
            throw new ProblemException(ANSWER_LOST, answerLost(effect));
        });
    }

    /** The answer of the caller's attempt recorded before keys were bound to callers, now kept under the new key. */
    private Object answerOf(Document id, EarlierAttempt earlier, String requestHash) {
        if (!earlier.answered()) {
            records.completeWithProblem(id, ANSWER_LOST, answerLost(earlier.firstEffect()));
            throw new ProblemException(ANSWER_LOST, answerLost(earlier.firstEffect()));
        }
        records.completeAs(id, earlier.record());
        return replay(earlier.record(), requestHash);
    }

    /** A retry of the same request whose first attempt died with its process holding the key. */
    private boolean tookOverAbandoned(Document recorded, String requestHash, String attempt) {
        return requestHash.equals(recorded.getString("requestHash")) && records.isAbandoned(recorded)
            && records.takeOver(recorded, attempt);
    }

    /**
     * Settles the key of a request that failed. If its events are on the record nevertheless (the store took them
     * but the acknowledgement was lost, say), a retry is told so rather than carrying the request out a second time;
     * otherwise the key is freed so that a retry runs again.
     */
    private void settleFailure(Document id, KeyOwner owner, String key, Instant since, String attempt) {
        effects.firstCausedBy(owner.tenant(), key, since, owner::caused).ifPresentOrElse(
            effect -> records.completeWithProblem(id, ANSWER_LOST, answerLost(effect)),
            () -> records.release(id, attempt));
    }

    private static String answerLost(StoredEvent effect) {
        return "The first request with this Idempotency-Key took effect (" + effect.eventType() + " on "
            + effect.aggregateType() + " " + effect.aggregateId() + " at " + effect.timestamp()
            + "), but its answer was lost; read " + effect.aggregateType() + " " + effect.aggregateId()
            + " for the outcome instead of retrying";
    }

    private Object replay(Document recorded, String requestHash) {
        if (!requestHash.equals(recorded.getString("requestHash"))) {
            throw new ProblemException(KEY_REUSED, "This Idempotency-Key was already used for a different request;"
                + " use a new key for a new request");
        }
        if (!"DONE".equals(recorded.getString("state"))) {
            throw new ProblemException(KEY_IN_PROGRESS, "The first request with this Idempotency-Key is still"
                + " being processed; retry shortly");
        }
        Document problem = recorded.get("problem", Document.class);
        if (problem != null) {
            throw new ProblemException(new ProblemType(problem.getString("slug"), problem.getString("title"),
                HttpStatus.valueOf(recorded.getInteger("status"))), problem.getString("detail"));
        }
        MutableHttpResponse<Object> response = HttpResponse.status(HttpStatus.valueOf(recorded.getInteger("status")));
        Document headers = recorded.get("headers", Document.class);
        headers.forEach((name, value) -> response.header(name, value.toString()));
        String body = recorded.getString("body");
        return body == null ? response : response.body(body).contentType(MediaType.APPLICATION_JSON_TYPE);
    }

    private String body(HttpResponse<?> response) {
        try {
            return response.getBody().isPresent()
                ? new String(jsonMapper.writeValueAsBytes(response.getBody().get()), StandardCharsets.UTF_8) : null;
        } catch (IOException e) {
            throw new IllegalStateException("Cannot record the answer of an idempotent request", e);
        }
    }

    private static Map<String, String> replayedHeaders(HttpResponse<?> response) {
        Map<String, String> headers = new HashMap<>();
        for (String name : REPLAYED_HEADERS) {
            String value = response.getHeaders().get(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
    }

    /** The request as the endpoint saw it: method, path and every bound argument, as JSON. */
    private String hash(HttpRequest<?> request, Object[] arguments) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((request.getMethodName() + " " + request.getPath()).getBytes(StandardCharsets.UTF_8));
            for (Object argument : arguments) {
                digest.update(argument == null ? new byte[] {0} : jsonMapper.writeValueAsBytes(argument));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | IOException e) {
            throw new IllegalStateException("Cannot fingerprint an idempotent request", e);
        }
    }
}
