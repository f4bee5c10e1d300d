package org.socialgov.contract.web;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Function;

import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.web.generated.model.AgreedClause;
import org.socialgov.contract.web.generated.model.AmendmentClause;
import org.socialgov.contract.web.generated.model.AntiSocialForcesClause;
import org.socialgov.contract.web.generated.model.AssignmentClause;
import org.socialgov.contract.web.generated.model.AutoRenewal;
import org.socialgov.contract.web.generated.model.ConfidentialityClause;
import org.socialgov.contract.web.generated.model.ContractTask;
import org.socialgov.contract.web.generated.model.DamagesClauseCap;
import org.socialgov.contract.web.generated.model.Fees;
import org.socialgov.contract.web.generated.model.JurisdictionClause;
import org.socialgov.contract.web.generated.model.PerformanceFee;
import org.socialgov.contract.web.generated.model.PersonalDataClause;
import org.socialgov.contract.web.generated.model.Platform;
import org.socialgov.contract.web.generated.model.RightsOwnershipClause;
import org.socialgov.contract.web.generated.model.RightsOwnershipClauseOwner;
import org.socialgov.contract.web.generated.model.SubcontractingClause;
import org.socialgov.contract.web.generated.model.SubcontractingClausePolicy;
import org.socialgov.contract.web.generated.model.Term;
import org.socialgov.contract.web.generated.model.TerminationClause;
import org.socialgov.contract.web.generated.model.ThirdPartyClaimsClause;
import org.socialgov.contract.web.generated.model.ThirdPartyClaimsClauseHandledBy;

/** The domain's contract terms, as the API shows them. Elements the contract is silent on are left out. */
final class ContractTermsToApi {

    private ContractTermsToApi() {
    }

    static org.socialgov.contract.web.generated.model.ContractTerms toApi(ContractTerms terms) {
        return new org.socialgov.contract.web.generated.model.ContractTerms()
            .scope(map(terms.scope(), ContractTermsToApi::scope))
            .fees(map(terms.fees(), fees -> new Fees(money(fees.baseMonthlyFee()))
                .performanceFee(map(fees.performanceFee(), fee -> new PerformanceFee(fee.basis(),
                    money(fee.amount()))))))
            .term(map(terms.term(), term -> new Term(term.start(), term.end())
                .autoRenewal(map(term.autoRenewal(), renewal -> new AutoRenewal(renewal.renewalMonths(),
                    renewal.noticeDays())))))
            .subcontracting(map(terms.subcontracting(), clause -> new SubcontractingClause(
                enumOf(clause.policy(), SubcontractingClausePolicy.class), clause.providerFullyLiable())))
            .personalData(map(terms.personalData(), clause -> new PersonalDataClause(clause.noDisclosure(),
                clause.survivesTermination())))
            .confidentiality(map(terms.confidentiality(), clause -> new ConfidentialityClause(
                clause.survivesTermination()).yearsAfterTermination(clause.yearsAfterTermination())))
            .rightsOwnership(map(terms.rightsOwnership(), clause -> new RightsOwnershipClause(
                enumOf(clause.owner(), RightsOwnershipClauseOwner.class), clause.coversInventions())))
            .thirdPartyClaims(map(terms.thirdPartyClaims(), clause -> new ThirdPartyClaimsClause(
                enumOf(clause.handledBy(), ThirdPartyClaimsClauseHandledBy.class), clause.holdHarmless())))
            .termination(map(terms.termination(), clause -> new TerminationClause(clause.noticeDays(),
                clause.immediateForCause())))
            .antiSocialForces(map(terms.antiSocialForces(),
                clause -> new AntiSocialForcesClause(clause.immediateTermination())))
            .damages(map(terms.damages(), ContractTermsToApi::damages))
            .amendments(map(terms.amendments(),
                clause -> new AmendmentClause(clause.writtenAgreementOfBothParties())))
            .goodFaithConsultation(map(terms.goodFaithConsultation(), clause -> new AgreedClause(clause.agreed())))
            .assignment(map(terms.assignment(), clause -> new AssignmentClause(clause.prohibited(),
                clause.exceptionWithWrittenConsent())))
            .entireAgreement(map(terms.entireAgreement(), clause -> new AgreedClause(clause.agreed())))
            .forceMajeure(map(terms.forceMajeure(), clause -> new AgreedClause(clause.agreed())))
            .jurisdiction(map(terms.jurisdiction(), clause -> new JurisdictionClause(clause.agreedCourt())));
    }

    private static org.socialgov.contract.web.generated.model.Scope scope(Scope scope) {
        Set<Platform> platforms = new LinkedHashSet<>();
        scope.platforms().forEach(platform -> platforms.add(enumOf(platform, Platform.class)));
        Set<ContractTask> tasks = new LinkedHashSet<>();
        scope.tasks().forEach(task -> tasks.add(enumOf(task, ContractTask.class)));
        return new org.socialgov.contract.web.generated.model.Scope(platforms)
            .accounts(scope.accounts().isEmpty() ? null : scope.accounts())
            .tasks(tasks.isEmpty() ? null : tasks)
            .postsPerMonth(scope.postsPerMonth());
    }

    private static org.socialgov.contract.web.generated.model.DamagesClause damages(DamagesClause clause) {
        return new org.socialgov.contract.web.generated.model.DamagesClause(
            enumOf(clause.cap(), DamagesClauseCap.class))
            .months(clause.months())
            .fixedAmount(map(clause.fixedAmount(), ContractTermsToApi::money));
    }

    static org.socialgov.contract.web.generated.model.Money money(Money money) {
        return new org.socialgov.contract.web.generated.model.Money(money.currency(),
            money.amount().toPlainString());
    }

    private static <D, A> A map(D value, Function<D, A> mapping) {
        return value == null ? null : mapping.apply(value);
    }

    private static <E extends Enum<E>> E enumOf(Enum<?> value, Class<E> type) {
        return ContractTermsFromApi.enumOf(value, type);
    }
}
