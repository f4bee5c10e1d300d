package org.socialgov.incident.domain;

import org.socialgov.incident.api.SocialPlatform;

/**
 * One of the company's official accounts, as far as telling it from an impostor needs: handles are compared in the
 * normal form policy-service registered it in ({@code ProfileHandles}: lower case, without @ or profile address) and
 * shown to people in the form the company writes them ("@AcmeHelp").
 */
public record OfficialAccountHandle(SocialPlatform platform, String normalisedHandle, String handle) {
}
