package org.socialgov.contract;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.socialgov.contract.api.AmendmentClause;
import org.socialgov.contract.api.AntiSocialForcesClause;
import org.socialgov.contract.api.AssignmentClause;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.ClaimsHandler;
import org.socialgov.contract.api.ConfidentialityClause;
import org.socialgov.contract.api.ContractActor;
import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.Signatory;
import org.socialgov.contract.api.ContractSignedByPartyEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.EntireAgreementClause;
import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.ForceMajeureClause;
import org.socialgov.contract.api.GoodFaithConsultationClause;
import org.socialgov.contract.api.JurisdictionClause;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.PersonalDataClause;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ProviderKind;
import org.socialgov.contract.api.RightsOwner;
import org.socialgov.contract.api.RightsOwnershipClause;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.SubcontractingClause;
import org.socialgov.contract.api.SubcontractingPolicy;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.api.TerminationClause;
import org.socialgov.contract.api.ThirdPartyClaimsClause;

/** Example contracts, shared by the domain and HTTP tests. */
public final class ContractFixtures {

    public static final String CLIENT = "acme";
    /** The client's contract manager. */
    public static final ContractActor ALICE = ContractActor.contractManager(CLIENT, "alice");
    /** The provider agency itself, working for the client. */
    public static final ContractActor BLUE_SKY_AGENCY = ContractActor.agency(CLIENT, "agency-blue");
    /** An agency of the same client that is not party to the contract. */
    public static final ContractActor RED_AGENCY = ContractActor.agency(CLIENT, "agency-red");
    /** A contract manager of another company. */
    public static final ContractActor GLOBEX_MANAGER = ContractActor.contractManager("globex", "gina");
    public static final String TITLE = "Social media operations 2027";
    public static final Provider BLUE_SKY = new Provider("agency-blue", "Blue Sky Digital Ltd", ProviderKind.AGENCY);
    public static final Scope TWELVE_POSTS_ON_X_AND_INSTAGRAM = new Scope(
        Set.of(SocialPlatform.X, SocialPlatform.INSTAGRAM), List.of("@acme", "@acme.jobs"),
        Set.of(ContractTask.REGULAR_POSTING, ContractTask.MENTION_MONITORING_AND_REPORTING), 12);
    public static final Fees EUR_2500_A_MONTH = new Fees(new Money("EUR", new BigDecimal("2500.00")), null);
    public static final Term YEAR_2027 = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31),
        new AutoRenewal(12, 60));

    /** Terms as the checklist recommends them: every element present, every checkpoint satisfied. */
    public static final ContractTerms RECOMMENDED_TERMS = new ContractTerms(TWELVE_POSTS_ON_X_AND_INSTAGRAM,
        EUR_2500_A_MONTH, YEAR_2027,
        new SubcontractingClause(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT, true),
        new PersonalDataClause(true, true),
        new ConfidentialityClause(true, 5),
        new RightsOwnershipClause(RightsOwner.CLIENT, true),
        new ThirdPartyClaimsClause(ClaimsHandler.PROVIDER, true),
        new TerminationClause(90, true),
        new AntiSocialForcesClause(true),
        new DamagesClause(DamagesCapKind.MONTHS_OF_FEES, 3, null),
        new AmendmentClause(true),
        new GoodFaithConsultationClause(true),
        new AssignmentClause(true, true),
        new EntireAgreementClause(true),
        new ForceMajeureClause(true),
        new JurisdictionClause("Tokyo District Court"));

    /** Terms that say nothing at all. */
    public static final ContractTerms SILENT_TERMS = new ContractTerms(null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null, null, null);

    private ContractFixtures() {
    }

    /** The events of a contract with these terms that both parties signed, active from 2027-01-01. */
    public static List<Object> activeContractEvents(String contractId, ContractTerms terms) {
        Instant signedAt = Instant.parse("2026-11-25T12:00:00Z");
        return List.of(new ContractDraftCreatedEvent(contractId, CLIENT, TITLE, BLUE_SKY, terms),
            new ContractSignedByPartyEvent(contractId, ContractParty.CLIENT, "alice",
                new Signatory("Hanako Yamada", "Head of Legal"), signedAt, List.of()),
            new ContractSignedByPartyEvent(contractId, ContractParty.PROVIDER, "agency-blue",
                new Signatory("Ken Blue", "CEO"), signedAt, List.of()),
            new ContractActivatedEvent(contractId, LocalDate.of(2027, 1, 1)));
    }

    public static CreateContractDraftCommand createDraft(String contractId) {
        return createDraft(contractId, RECOMMENDED_TERMS);
    }

    public static CreateContractDraftCommand createDraft(String contractId, ContractTerms terms) {
        return new CreateContractDraftCommand(contractId, ALICE, TITLE, BLUE_SKY, terms);
    }

    public static ContractTerms withTerm(Term term) {
        return RECOMMENDED_TERMS.withTerm(term);
    }

    /** The recommended terms as an API client writes them. */
    public static String recommendedTermsJson() {
        return """
            {"scope":{"platforms":["X","INSTAGRAM"],"accounts":["@acme","@acme.jobs"],
                      "tasks":["REGULAR_POSTING","MENTION_MONITORING_AND_REPORTING"],"postsPerMonth":12},
             "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"2500.00"}},
             "term":{"start":"2027-01-01","end":"2027-12-31","autoRenewal":{"renewalMonths":12,"noticeDays":60}},
             "subcontracting":{"policy":"PRIOR_WRITTEN_CONSENT","providerFullyLiable":true},
             "personalData":{"noDisclosure":true,"survivesTermination":true},
             "confidentiality":{"survivesTermination":true,"yearsAfterTermination":5},
             "rightsOwnership":{"owner":"CLIENT","coversInventions":true},
             "thirdPartyClaims":{"handledBy":"PROVIDER","holdHarmless":true},
             "termination":{"noticeDays":90,"immediateForCause":true},
             "antiSocialForces":{"immediateTermination":true},
             "damages":{"cap":"MONTHS_OF_FEES","months":3},
             "amendments":{"writtenAgreementOfBothParties":true},
             "goodFaithConsultation":{"agreed":true},
             "assignment":{"prohibited":true,"exceptionWithWrittenConsent":true},
             "entireAgreement":{"agreed":true},
             "forceMajeure":{"agreed":true},
             "jurisdiction":{"agreedCourt":"Tokyo District Court"}}""";
    }

    /** A create-draft request body as an API client sends it. */
    public static String draftRequestJson() {
        return """
            {"title":"Social media operations 2027",
             "provider":{"providerId":"agency-blue","name":"Blue Sky Digital Ltd","kind":"AGENCY"},
             "terms":""" + recommendedTermsJson() + "}";
    }
}
