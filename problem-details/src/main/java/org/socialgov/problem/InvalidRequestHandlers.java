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
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.NotFoundException;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.InvalidPropertyFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;

/**
 * Invalid requests answer 400 with every offending field named as the client wrote it: {@code provider.kind}, not
 * a Java method parameter or a type name, and why in words (ValueReasons).
 */
final class InvalidRequestHandlers {

    /** How an answer names the request body as a whole. */
    static final String BODY = "body";

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

    /**
     * Values that do not decode: a wrong type, an unknown enum value, a malformed date, in a body or a parameter.
     * An enumeration in the path that names nothing it knows (the health endpoint's {@code /health/details}) is a
     * path to nothing: the ordinary 404.
     */
    @Produces
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    static class ConversionErrors implements ExceptionHandler<ConversionErrorException, HttpResponse<?>> {

        private static final Pattern PROPERTY = Pattern.compile("\\[\"([^\"]+)\"\\]");

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
            Argument<?> argument = exception.getArgument();
            Optional<String> parameter = parameterName(request, argument);
            if (path.isEmpty() && parameter.isPresent()) {
                if (argument.getType().isEnum() && inPath(request, argument)) {
                    return processor.processResponse(ErrorContext.builder(request).cause(new NotFoundException())
                        .errorMessage(new NotFoundException().getMessage()).build(), HttpResponse.notFound());
                }
                return badRequest(processor, request, exception, List.of(fieldError(parameter.get(),
                    ValueReasons.forParameter(argument.getType(), innermost))));
            }
            String field = path.isEmpty() ? BODY : String.join(".", new LinkedHashSet<>(path));
            return badRequest(processor, request, exception,
                List.of(fieldError(field, ValueReasons.forBodyValue(innermost))));
        }
    }

    /**
     * A required body, parameter or header that is missing, named as the client sends it: the framework names the
     * Java parameter ("Required Body [contractDraftRequest] not specified").
     */
    @Produces
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    static class MissingValues implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<?>> {

        private final ErrorResponseProcessor<?> processor;

        MissingValues(ErrorResponseProcessor<?> processor) {
            this.processor = processor;
        }

        @Override
        public HttpResponse<?> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            String field = parameterName(request, exception.getArgument()).orElse(BODY);
            return badRequest(processor, request, exception, List.of(fieldError(field, "is required")));
        }
    }

    /**
     * How the client names a parameter: its query, path or header name (also for a path variable that carries no
     * annotation, as a management endpoint's selector); empty for the body.
     */
    static Optional<String> parameterName(HttpRequest<?> request, Argument<?> argument) {
        AnnotationMetadata metadata = argument.getAnnotationMetadata();
        for (Class<? extends Annotation> binding : List.of(QueryValue.class, PathVariable.class, Header.class)) {
            if (metadata.hasAnnotation(binding)) {
                return Optional.of(metadata.stringValue(binding).filter(name -> !name.isBlank())
                    .orElse(argument.getName()));
            }
        }
        return inPath(request, argument) ? Optional.of(argument.getName()) : Optional.empty();
    }

    private static boolean inPath(HttpRequest<?> request, Argument<?> argument) {
        if (argument.getAnnotationMetadata().hasAnnotation(PathVariable.class)) {
            return true;
        }
        return RouteAttributes.getRouteMatch(request)
            .filter(UriRouteMatch.class::isInstance)
            .map(match -> ((UriRouteMatch<?, ?>) match).getVariableValues().containsKey(argument.getName()))
            .orElse(false);
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
            return badRequest(processor, request, exception,
                List.of(fieldError(BODY, ValueReasons.forMalformedJson(exception))));
        }
    }
}
