package org.socialgov.policy.web;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.json.JsonMapper;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import org.axonframework.queryhandling.QueryGateway;
import org.socialgov.policy.api.FindPublicPolicyQuery;
import org.socialgov.policy.query.PublicPolicyView;
import org.socialgov.policy.web.generated.api.PublicPolicyApi;
import org.socialgov.policy.web.generated.model.PublicPolicy;

/**
 * The company's policy for anyone, without a token: the version in force and the official accounts, nothing
 * internal. The ETag is a hash of the content itself, so caches and clients revalidate cheaply with If-None-Match.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
public class PublicPolicyController implements PublicPolicyApi {

    static final String CACHE_CONTROL = "public, max-age=300";

    private final QueryGateway queryGateway;
    private final JsonMapper jsonMapper;
    private final Clock clock;

    public PublicPolicyController(QueryGateway queryGateway, JsonMapper jsonMapper, Clock clock) {
        this.clock = clock;
        this.queryGateway = queryGateway;
        this.jsonMapper = jsonMapper;
    }

    @Override
    public HttpResponse<PublicPolicy> getPublicPolicy(String tenant, String ifNoneMatch) {
        PublicPolicy page = PolicyModelMapper.toModel(queryGateway.query(new FindPublicPolicyQuery(tenant,
            LocalDate.now(clock)), PublicPolicyView.class).join());
        String etag = "\"" + contentHash(page) + "\"";
        if (etag.equals(ifNoneMatch)) {
            return HttpResponse.<PublicPolicy>notModified().header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
        }
        return HttpResponse.ok(page).header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    }

    private String contentHash(PublicPolicy page) {
        try {
            byte[] json = jsonMapper.writeValueAsBytes(page);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json)).substring(0, 32);
        } catch (java.io.IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("The public page could not be fingerprinted", e);
        }
    }
}
