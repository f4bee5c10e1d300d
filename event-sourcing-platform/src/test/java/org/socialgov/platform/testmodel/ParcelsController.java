package org.socialgov.platform.testmodel;

import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;

/**
 * A test-only endpoint taking an enumeration in a query, a path, a header and a body, as generated controllers do,
 * so that the answers to values it cannot read are tested once for every service.
 */
@Controller("/test-parcels")
@Secured(SecurityRule.IS_AUTHENTICATED)
public class ParcelsController {

    @Post
    public HttpResponse<Parcel> send(@Valid @Body Parcel parcel) {
        return HttpResponse.created(parcel);
    }

    @Get
    public List<ParcelKind> list(@QueryValue @Nullable ParcelKind kind, @QueryValue @Nullable Integer limit,
                                 @Header("X-Parcel-Kind") @Nullable ParcelKind headerKind) {
        return List.of();
    }

    @Get("/kinds/{kind}")
    public ParcelKind kind(@PathVariable ParcelKind kind) {
        return kind;
    }
}
