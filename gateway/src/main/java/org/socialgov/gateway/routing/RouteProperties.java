package org.socialgov.gateway.routing;

import java.net.URI;

import io.micronaut.context.annotation.EachProperty;
import io.micronaut.context.annotation.Parameter;

/**
 * One route as configured under {@code socialgov.gateway.routes.<name>}: requests under {@code prefix} go to the
 * service at {@code url}, with {@code prefix} replaced by {@code path}. An {@code anonymous} route needs no token
 * and forwards no identity (the published policy and the official accounts are public).
 */
@EachProperty("socialgov.gateway.routes")
public class RouteProperties {

    private final String name;
    private String prefix;
    private URI url;
    private String path = "";
    private boolean anonymous;

    public RouteProperties(@Parameter String name) {
        this.name = name;
    }

    public String getName() {
        return name;
    }

    public String getPrefix() {
        return prefix;
    }

    public void setPrefix(String prefix) {
        this.prefix = prefix;
    }

    public URI getUrl() {
        return url;
    }

    public void setUrl(URI url) {
        this.url = url;
    }

    public String getPath() {
        return path;
    }

    public void setPath(String path) {
        this.path = path;
    }

    public boolean isAnonymous() {
        return anonymous;
    }

    public void setAnonymous(boolean anonymous) {
        this.anonymous = anonymous;
    }

    Route toRoute() {
        return Route.of(name, prefix, url, path, anonymous);
    }
}
