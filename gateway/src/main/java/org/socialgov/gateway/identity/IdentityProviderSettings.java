package org.socialgov.gateway.identity;

import java.util.List;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * An external identity provider whose tokens the gateway accepts: where its public keys are published
 * ({@code jwks-url}), the issuer its tokens must name ({@code iss}), the audience they must be meant for
 * ({@code aud}) and the algorithms they may be signed with ({@code algorithms}, RS256 and ES256 unless configured).
 * Off while {@code jwks-url} is empty.
 */
@ConfigurationProperties(IdentityProviderSettings.PREFIX)
public class IdentityProviderSettings {

    public static final String PREFIX = "socialgov.gateway.identity-provider";
    public static final String JWKS_URL = PREFIX + ".jwks-url";

    private String jwksUrl = "";
    private String issuer = "";
    private String audience = "";
    private List<String> algorithms = List.of("RS256", "ES256");

    public boolean isConfigured() {
        return !jwksUrl.isBlank();
    }

    public String getJwksUrl() {
        return jwksUrl;
    }

    public void setJwksUrl(String jwksUrl) {
        this.jwksUrl = jwksUrl == null ? "" : jwksUrl.strip();
    }

    public String getIssuer() {
        return issuer;
    }

    public void setIssuer(String issuer) {
        this.issuer = issuer == null ? "" : issuer.strip();
    }

    public String getAudience() {
        return audience;
    }

    public void setAudience(String audience) {
        this.audience = audience == null ? "" : audience.strip();
    }

    public List<String> getAlgorithms() {
        return algorithms;
    }

    public void setAlgorithms(List<String> algorithms) {
        this.algorithms = algorithms == null ? List.of()
            : algorithms.stream().map(String::strip).filter(name -> !name.isEmpty()).toList();
    }
}
