package org.socialgov.gateway.oauth;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a token request, read as RFC 6749 (3.2) says: a parameter without a value counts as absent, one
 * sent twice is an invalid request, and parameters the endpoint does not know (such as {@code scope}, which a client
 * registered with fixed roles has no use for) are ignored.
 */
final class TokenForm {

    private final Map<String, Object> parameters;

    TokenForm(Map<String, Object> parameters) {
        this.parameters = parameters == null ? Map.of() : parameters;
    }

    Optional<String> get(String name) {
        Object value = parameters.get(name);
        if (value instanceof Collection<?> values) {
            if (values.size() > 1) {
                throw new OAuthException(OAuthError.INVALID_REQUEST, "The parameter " + name + " was sent more than once");
            }
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return Optional.ofNullable(value).map(Object::toString).filter(text -> !text.isEmpty());
    }
}
