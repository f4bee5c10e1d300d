package org.socialgov.problem;

import io.micronaut.http.HttpStatus;

/**
 * A kind of error with a stable type URI. Clients switch on the URI, never on the human title or detail.
 */
public record ProblemType(String slug, String title, HttpStatus status) {

    public static final String BASE_URI = "https://socialgov.org/problems/";

    public static final ProblemType INVALID_REQUEST =
        new ProblemType("invalid-request", "The request is not valid", HttpStatus.BAD_REQUEST);
    public static final ProblemType UNAUTHENTICATED =
        new ProblemType("unauthenticated", "A valid bearer token is required", HttpStatus.UNAUTHORIZED);
    public static final ProblemType FORBIDDEN =
        new ProblemType("forbidden", "Your roles do not allow this", HttpStatus.FORBIDDEN);
    public static final ProblemType NOT_FOUND =
        new ProblemType("not-found", "No such resource", HttpStatus.NOT_FOUND);
    public static final ProblemType METHOD_NOT_ALLOWED =
        new ProblemType("method-not-allowed", "This method is not allowed here", HttpStatus.METHOD_NOT_ALLOWED);
    public static final ProblemType NOT_ACCEPTABLE =
        new ProblemType("not-acceptable", "No acceptable representation", HttpStatus.NOT_ACCEPTABLE);
    public static final ProblemType CONFLICT =
        new ProblemType("conflict", "The request conflicts with the current state", HttpStatus.CONFLICT);
    public static final ProblemType ALREADY_EXISTS =
        new ProblemType("already-exists", "A resource with this identifier already exists", HttpStatus.CONFLICT);
    public static final ProblemType CONCURRENT_MODIFICATION =
        new ProblemType("concurrent-modification", "Someone else changed this resource at the same time",
            HttpStatus.CONFLICT);
    public static final ProblemType PRECONDITION_FAILED =
        new ProblemType("precondition-failed", "The resource changed since you read it",
            HttpStatus.PRECONDITION_FAILED);
    public static final ProblemType PAYLOAD_TOO_LARGE =
        new ProblemType("payload-too-large", "The request body is too large", HttpStatus.REQUEST_ENTITY_TOO_LARGE);
    public static final ProblemType URI_TOO_LONG =
        new ProblemType("uri-too-long", "The request line is too long", HttpStatus.REQUEST_URI_TOO_LONG);
    public static final ProblemType REQUEST_HEADERS_TOO_LARGE =
        new ProblemType("request-header-fields-too-large", "The request's headers are too large",
            HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE);
    public static final ProblemType UNSUPPORTED_MEDIA_TYPE =
        new ProblemType("unsupported-media-type", "This content type is not accepted",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    public static final ProblemType UNPROCESSABLE =
        new ProblemType("unprocessable", "The request cannot be processed", HttpStatus.UNPROCESSABLE_ENTITY);
    public static final ProblemType TOO_MANY_REQUESTS =
        new ProblemType("too-many-requests", "Too many requests", HttpStatus.TOO_MANY_REQUESTS);
    public static final ProblemType INTERNAL_ERROR =
        new ProblemType("internal-error", "Something went wrong on our side", HttpStatus.INTERNAL_SERVER_ERROR);
    public static final ProblemType SERVICE_UNAVAILABLE =
        new ProblemType("service-unavailable", "The service is unavailable", HttpStatus.SERVICE_UNAVAILABLE);
    public static final ProblemType GATEWAY_TIMEOUT =
        new ProblemType("gateway-timeout", "The service did not answer in time", HttpStatus.GATEWAY_TIMEOUT);

    public String uri() {
        return BASE_URI + slug;
    }

    /** The generic kind for a status the framework produced without saying more. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONFLICT;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 414 -> URI_TOO_LONG;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 422 -> UNPROCESSABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> REQUEST_HEADERS_TOO_LARGE;
            case 503 -> SERVICE_UNAVAILABLE;
            case 504 -> GATEWAY_TIMEOUT;
            default -> INTERNAL_ERROR;
        };
    }
}
