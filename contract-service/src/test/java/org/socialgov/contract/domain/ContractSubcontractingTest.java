package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.RecordSubcontractingConsentCommand;
import org.socialgov.contract.api.RemoveSubcontractorCommand;
import org.socialgov.contract.api.RequestSubcontractorApprovalCommand;
import org.socialgov.contract.api.SubcontractingClause;
import org.socialgov.contract.api.SubcontractingConsentRecordedEvent;
import org.socialgov.contract.api.SubcontractingPolicy;
import org.socialgov.contract.api.Subcontractor;
import org.socialgov.contract.api.SubcontractorApprovedEvent;
import org.socialgov.contract.api.SubcontractorRemovedEvent;
import org.socialgov.contract.api.WrittenConsent;

/** Subcontractors are approved only as the subcontracting clause allows. */
class ContractSubcontractingTest {

    private static final String ID = "c-1";
    private static final Subcontractor PIXEL = new Subcontractor("pixel-studio", "Pixel Studio");
    private static final WrittenConsent CONSENT = new WrittenConsent("ACME-LEGAL-2027-020", LocalDate.of(2027, 1, 10),
        "Hanako Yamada");
    private static final Set<ContractTask> POSTING = Set.of(ContractTask.REGULAR_POSTING);

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenPriorWrittenConsentClauseAndNoConsent_whenProviderAsksApproval_thenRefused() {
        fixture.given(active(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT))
            .when(providerAsks(POSTING))
            .expectNoEvents()
            .expectException(SubcontractingRefusedException.class);
    }

    @Test
    void givenClientsWrittenConsentOnRecord_whenProviderAsksApproval_thenApprovedOnThatConsent() {
        fixture.given(active(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT))
            .andGiven(consented(List.of(ContractTask.REGULAR_POSTING)))
            .when(providerAsks(POSTING))
            .expectEvents(new SubcontractorApprovedEvent(ID, PIXEL, List.of(ContractTask.REGULAR_POSTING), CONSENT,
                "agency-blue"));
    }

    @Test
    void givenConsentForOtherTasks_whenProviderAsksForMore_thenRefused() {
        fixture.given(active(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT))
            .andGiven(consented(List.of(ContractTask.REGULAR_POSTING)))
            .when(providerAsks(Set.of(ContractTask.REGULAR_POSTING, ContractTask.REPLIES_TO_COMMENTS_AND_MESSAGES)))
            .expectNoEvents()
            .expectException(SubcontractingRefusedException.class);
    }

    @Test
    void givenSubcontractingForbidden_whenProviderAsksApprovalEvenWithConsent_thenRefused() {
        fixture.given(active(SubcontractingPolicy.FORBIDDEN))
            .andGiven(consented(List.of(ContractTask.REGULAR_POSTING)))
            .when(providerAsks(POSTING))
            .expectNoEvents()
            .expectException(SubcontractingRefusedException.class)
            .expectExceptionMessage("The contract forbids subcontracting");
    }

    @Test
    void givenFreeSubcontracting_whenProviderAsksApproval_thenApprovedWithoutConsent() {
        fixture.given(active(SubcontractingPolicy.FREE))
            .when(providerAsks(POSTING))
            .expectEvents(new SubcontractorApprovedEvent(ID, PIXEL, List.of(ContractTask.REGULAR_POSTING), null,
                "agency-blue"));
    }

    @Test
    void givenClient_whenRecordingConsent_thenItIsOnTheRecord() {
        fixture.given(active(SubcontractingPolicy.PRIOR_WRITTEN_CONSENT))
            .when(new RecordSubcontractingConsentCommand(ID, ALICE, PIXEL, POSTING, CONSENT, null))
            .expectEvents(consented(List.of(ContractTask.REGULAR_POSTING)));
    }

    @Test
    void givenApprovedSubcontractor_whenRemoved_thenGone() {
        fixture.given(active(SubcontractingPolicy.FREE))
            .andGiven(new SubcontractorApprovedEvent(ID, PIXEL, List.of(ContractTask.REGULAR_POSTING), null,
                "agency-blue"))
            .when(new RemoveSubcontractorCommand(ID, ALICE, ContractParty.CLIENT, "pixel-studio", null))
            .expectEvents(new SubcontractorRemovedEvent(ID, "pixel-studio"))
            .expectState(contract -> {
                if (!contract.state().subcontractors().isEmpty()) {
                    throw new AssertionError("Subcontractor still there");
                }
            });
    }

    private static RequestSubcontractorApprovalCommand providerAsks(Set<ContractTask> tasks) {
        return new RequestSubcontractorApprovalCommand(ID, BLUE_SKY_AGENCY, PIXEL, tasks, null);
    }

    private static SubcontractingConsentRecordedEvent consented(List<ContractTask> tasks) {
        return new SubcontractingConsentRecordedEvent(ID, PIXEL, tasks, CONSENT);
    }

    private static List<Object> active(SubcontractingPolicy policy) {
        ContractTerms t = RECOMMENDED_TERMS;
        ContractTerms terms = new ContractTerms(t.scope(), t.fees(), t.term(), new SubcontractingClause(policy, true),
            t.personalData(), t.confidentiality(), t.rightsOwnership(), t.thirdPartyClaims(), t.termination(),
            t.antiSocialForces(), t.damages(), t.amendments(), t.goodFaithConsultation(), t.assignment(),
            t.entireAgreement(), t.forceMajeure(), t.jurisdiction());
        return ContractFixtures.activeContractEvents(ID, terms);
    }
}
