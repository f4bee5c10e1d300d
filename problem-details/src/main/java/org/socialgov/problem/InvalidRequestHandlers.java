package org.socialgov.problem;

import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.AnnotationMetadata;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Invalid requests answer 400 with every offending field named as the client wrote it: {@code provider.kind}, not
 * a Java method parameter or a type name.
 */
final class InvalidRequestHandlers {

    private InvalidRequestHandlers() {
    }

    static HttpResponse<?> badRequest(ErrorResponseProcessor<?> processor, HttpRequest<?> request, Throwable cause,
                                      List<Error> errors) {
        return processor.processResponse(ErrorContext.builder(request).cause(cause).errors(errors).build(),
            HttpResponse.badRequest());
    }

    static Error fieldError(String field, String message) {
        return new InvalidField(field, message);
    }

    /** Bean-validation failures: one entry per violated constraint. */
    @Produces
    @Singleton
    @Replaces(ConstraintExceptionHandler.class)
    static class ConstraintViolations implements ExceptionHandler<ConstraintViolationException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        ConstraintViolations(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConstraintViolationException exception) {
            List<Error> errors = new ArrayList<>();
            for (ConstraintViolation<?> violation : exception.getConstraintViolations()) {
                errors.add(fieldError(FieldPaths.simplify(violation.getPropertyPath().toString()),
                    violation.getMessage()));
            }
            errors.sort((a, b) -> a.getPath().orElse("").compareTo(b.getPath().orElse("")));
            return badRequest(processor, request, exception, errors);
        }
    }

    /** Bodies that do not decode: a wrong type, an unknown enum value, a malformed date. */
    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private static final Pattern PROPERTY = Pattern.compile("\\[\"([^\"]+)\"\\]");

        private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("^Unknown property \\[");

        private final ErrorResponseProcessor<?> processor;

        ConversionErrors(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, ConversionErrorException exception) {
            List<String> path = new ArrayList<>();
            String innermost = exception.getMessage();
            for (Throwable cause = exception.getCause(); cause != null; cause = cause.getCause()) {
                if (cause instanceof SerdeException serde && path.isEmpty()) {
                    Matcher matcher = PROPERTY.matcher(serde.getPathAsString());
                    while (matcher.find()) {
                        path.add(matcher.group(1));
                    }
                }
                if (cause instanceof InvalidPropertyFormatException property) {
                    path.add(property.getArgument().getName());
                }
                innermost = cause.getMessage();
            }
            String field = path.isEmpty() ? parameterName(exception).orElse("body")
                : String.join(".", new LinkedHashSet<>(path));
            return badRequest(processor, request, exception, List.of(fieldError(field, readable(innermost))));
        }

        /** A query, path or header value that does not convert is named as the client sent it, not as "body". */
        private static Optional<String> parameterName(ConversionErrorException exception) {
            AnnotationMetadata metadata = exception.getArgument().getAnnotationMetadata();
            for (Class<? extends Annotation> binding : List.of(QueryValue.class, PathVariable.class, Header.class)) {
                if (metadata.hasAnnotation(binding)) {
                    return Optional.of(metadata.stringValue(binding).filter(name -> !name.isBlank())
                        .orElse(exception.getArgument().getName()));
                }
            }
            return Optional.empty();
        }

        private static String readable(String message) {
            String text = String.valueOf(message).lines().findFirst().orElse("").strip();
            if (UNKNOWN_PROPERTY.matcher(text).find()) {
                // Fields the system or another role sets (state, version, actor, tenant...) are among these.
                return "is not a field this request takes; nothing was changed";
            }
            return text.isEmpty() ? "is not valid" : "is not valid: " + text.replaceAll("`[\\w.$]+`", "value");
        }
    }

    /** A body that is not JSON at all: the whole body is the offending field. */
    @Produces
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    static class MalformedJson implements ExceptionHandler<JsonSyntaxException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        MalformedJson(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, JsonSyntaxException exception) {
            String reason = String.valueOf(exception.getMessage()).lines().findFirst().orElse("")
                .replaceFirst("^Invalid JSON:\\s*", "").strip();
            return badRequest(processor, request, exception,
                List.of(fieldError("body", "is not valid JSON: " + reason)));
        }
    }
}
