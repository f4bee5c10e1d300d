package org.socialgov.contract.web;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;

import org.socialgov.contract.api.AmendmentClause;
import org.socialgov.contract.api.AntiSocialForcesClause;
import org.socialgov.contract.api.AssignmentClause;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.ClaimsHandler;
import org.socialgov.contract.api.ConfidentialityClause;
import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.EntireAgreementClause;
import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.ForceMajeureClause;
import org.socialgov.contract.api.GoodFaithConsultationClause;
import org.socialgov.contract.api.JurisdictionClause;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.PerformanceFee;
import org.socialgov.contract.api.PersonalDataClause;
import org.socialgov.contract.api.RightsOwner;
import org.socialgov.contract.api.RightsOwnershipClause;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.SubcontractingClause;
import org.socialgov.contract.api.SubcontractingPolicy;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TerminationClause;
import org.socialgov.contract.api.ThirdPartyClaimsClause;
import org.socialgov.contract.web.generated.model.AgreedClause;

/** The API's contract terms, as the domain's value objects. A left-out element stays null: the contract is silent. */
final class ContractTermsFromApi {

    private ContractTermsFromApi() {
    }

    static ContractTerms toDomain(org.socialgov.contract.web.generated.model.ContractTerms api) {
        if (api == null) {
            return new ContractTerms(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
        }
        return new ContractTerms(
            map(api.getScope(), ContractTermsFromApi::scope),
            map(api.getFees(), fees -> new Fees(money(fees.getBaseMonthlyFee()),
                map(fees.getPerformanceFee(), fee -> new PerformanceFee(fee.getBasis(), money(fee.getAmount()))))),
            map(api.getTerm(), term -> new Term(term.getStart(), term.getEnd(),
                map(term.getAutoRenewal(), renewal -> new AutoRenewal(renewal.getRenewalMonths(),
                    renewal.getNoticeDays())))),
            map(api.getSubcontracting(), clause -> new SubcontractingClause(
                enumOf(clause.getPolicy(), SubcontractingPolicy.class), clause.getProviderFullyLiable())),
            map(api.getPersonalData(), clause -> new PersonalDataClause(clause.getNoDisclosure(),
                clause.getSurvivesTermination())),
            map(api.getConfidentiality(), clause -> new ConfidentialityClause(clause.getSurvivesTermination(),
                clause.getYearsAfterTermination())),
            map(api.getRightsOwnership(), clause -> new RightsOwnershipClause(
                enumOf(clause.getOwner(), RightsOwner.class), clause.getCoversInventions())),
            map(api.getThirdPartyClaims(), clause -> new ThirdPartyClaimsClause(
                enumOf(clause.getHandledBy(), ClaimsHandler.class), clause.getHoldHarmless())),
            map(api.getTermination(), clause -> new TerminationClause(clause.getNoticeDays(),
                clause.getImmediateForCause())),
            map(api.getAntiSocialForces(), clause -> new AntiSocialForcesClause(clause.getImmediateTermination())),
            map(api.getDamages(), clause -> new DamagesClause(enumOf(clause.getCap(), DamagesCapKind.class),
                clause.getMonths(), map(clause.getFixedAmount(), ContractTermsFromApi::money))),
            map(api.getAmendments(), clause -> new AmendmentClause(clause.getWrittenAgreementOfBothParties())),
            map(api.getGoodFaithConsultation(), clause -> new GoodFaithConsultationClause(agreed(clause))),
            map(api.getAssignment(), clause -> new AssignmentClause(clause.getProhibited(),
                clause.getExceptionWithWrittenConsent())),
            map(api.getEntireAgreement(), clause -> new EntireAgreementClause(agreed(clause))),
            map(api.getForceMajeure(), clause -> new ForceMajeureClause(agreed(clause))),
            map(api.getJurisdiction(), clause -> new JurisdictionClause(clause.getAgreedCourt())));
    }

    private static Scope scope(org.socialgov.contract.web.generated.model.Scope scope) {
        Set<SocialPlatform> platforms = EnumSet.noneOf(SocialPlatform.class);
        scope.getPlatforms().forEach(platform -> platforms.add(enumOf(platform, SocialPlatform.class)));
        Set<ContractTask> tasks = EnumSet.noneOf(ContractTask.class);
        if (scope.getTasks() != null) {
            scope.getTasks().forEach(task -> tasks.add(enumOf(task, ContractTask.class)));
        }
        return new Scope(platforms, scope.getAccounts(), tasks, scope.getPostsPerMonth());
    }

    static Money money(org.socialgov.contract.web.generated.model.Money money) {
        return new Money(money.getCurrency(), new BigDecimal(money.getAmount()));
    }

    private static boolean agreed(AgreedClause clause) {
        return Boolean.TRUE.equals(clause.getAgreed());
    }

    private static <A, D> D map(A value, Function<A, D> mapping) {
        return value == null ? null : mapping.apply(value);
    }

    static <E extends Enum<E>> E enumOf(Enum<?> value, Class<E> type) {
        return value == null ? null : Enum.valueOf(type, value.name());
    }
}
