package org.socialgov.policy.api;

/** Who is bound by a published version, who acknowledged it, and who has not. */
public record FindComplianceReportQuery(String policyId, String tenant, int versionNo) {
}
