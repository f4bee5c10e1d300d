package org.socialgov.console.employee;

import java.util.List;

import io.micronaut.core.annotation.Nullable;

/**
 * The policy page: the policy in force (or, when none is, {@code null}), the rules that bind the reader, the
 * official accounts, and the acknowledgement box.
 */
public record PolicyPage(@Nullable PolicyInForce policy, List<PolicyInForce.Guideline> bindingRules,
                         List<OfficialAccounts.Account> accounts, @Nullable AcknowledgementBox acknowledgement) {
}
