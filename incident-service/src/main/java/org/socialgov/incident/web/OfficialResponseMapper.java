package org.socialgov.incident.web;

import org.socialgov.incident.api.OfficialResponse;
import org.socialgov.incident.api.ResponseChannel;
import org.socialgov.incident.api.SocialPlatform;

/** Between the official response of the domain and of the API. */
final class OfficialResponseMapper {

    private OfficialResponseMapper() {
    }

    static OfficialResponse toDomain(org.socialgov.incident.web.generated.model.OfficialResponse response) {
        if (response == null) {
            return null;
        }
        return new OfficialResponse(ResponseChannel.valueOf(response.getChannel().name()),
            response.getPlatform() == null ? null : SocialPlatform.valueOf(response.getPlatform().name()),
            response.getHandle(), response.getText(), response.getLink());
    }

    static org.socialgov.incident.web.generated.model.OfficialResponse toModel(OfficialResponse response) {
        if (response == null) {
            return null;
        }
        return new org.socialgov.incident.web.generated.model.OfficialResponse(
            org.socialgov.incident.web.generated.model.ResponseChannel.valueOf(response.channel().name()),
            response.text(), response.link())
            .platform(response.platform() == null ? null
                : org.socialgov.incident.web.generated.model.SocialPlatform.valueOf(response.platform().name()))
            .handle(response.handle());
    }
}
