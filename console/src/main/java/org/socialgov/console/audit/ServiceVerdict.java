package org.socialgov.console.audit;

import java.util.Optional;

/** The tenant-wide integrity verdict of one service, as a badge on the start page. */
public record ServiceVerdict(AuditedKind kind, TenantIntegrityReport report) {

    /** Where a broken record of this service is audited, when it is of a kind the console replays. */
    public Optional<String> addressOf(IntegrityReport broken) {
        return switch (broken.aggregateType()) {
            case "Contract" -> Optional.of("/audit/contract/" + broken.aggregateId());
            case "SocialMediaPolicy" -> Optional.of("/audit/policy/" + broken.aggregateId());
            case "Incident" -> Optional.of("/audit/incident/" + broken.aggregateId());
            default -> Optional.empty();
        };
    }

    public String recordWords(IntegrityReport broken) {
        return switch (broken.aggregateType()) {
            case "SocialMediaPolicy" -> "Policy";
            case "StaffMember" -> "Staff member";
            case "OfficialAccount" -> "Official account";
            default -> broken.aggregateType();
        };
    }
}
