package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;
import static org.socialgov.contract.ContractFixtures.RED_AGENCY;
import static org.socialgov.contract.ContractFixtures.SILENT_TERMS;
import static org.socialgov.contract.ContractFixtures.TITLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socialgov.contract.api.AcceptedWarning;
import org.socialgov.contract.api.ContractActivatedEvent;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractSignedByPartyEvent;
import org.socialgov.contract.api.ContractTerms;
import org.socialgov.contract.api.ContractTermsRevisedEvent;
import org.socialgov.contract.api.DamagesCapKind;
import org.socialgov.contract.api.DamagesClause;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.Signatory;

class ContractSignatureTest {

    private static final String ID = "c-1";
    private static final Instant NOON = Instant.parse("2026-11-25T12:00:00Z");
    private static final Signatory HEAD_OF_LEGAL = new Signatory("Hanako Yamada", "Head of Legal");
    private static final Signatory AGENCY_CEO = new Signatory("Ken Blue", "CEO");
    private static final ContractTerms UNCAPPED_DAMAGES = new ContractTerms(RECOMMENDED_TERMS.scope(),
        RECOMMENDED_TERMS.fees(), RECOMMENDED_TERMS.term(), RECOMMENDED_TERMS.subcontracting(),
        RECOMMENDED_TERMS.personalData(), RECOMMENDED_TERMS.confidentiality(), RECOMMENDED_TERMS.rightsOwnership(),
        RECOMMENDED_TERMS.thirdPartyClaims(), RECOMMENDED_TERMS.termination(), RECOMMENDED_TERMS.antiSocialForces(),
        new DamagesClause(DamagesCapKind.UNCAPPED, null, null), RECOMMENDED_TERMS.amendments(),
        RECOMMENDED_TERMS.goodFaithConsultation(), RECOMMENDED_TERMS.assignment(), RECOMMENDED_TERMS.entireAgreement(),
        RECOMMENDED_TERMS.forceMajeure(), RECOMMENDED_TERMS.jurisdiction());

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    @Test
    void givenDraftWithBlockingFindings_whenSigned_thenRefusedNamingThem() {
        fixture.given(draft(SILENT_TERMS))
            .when(clientSigns(List.of()))
            .expectNoEvents()
            .expectException(ContractNotSignableException.class)
            .expectExceptionMessage("The review has blocking findings: SCOPE_MISSING, FEES_MISSING, TERM_MISSING");
    }

    @Test
    void givenDraftWithAWarning_whenSignedWithoutJustifyingIt_thenRefused() {
        fixture.given(draft(UNCAPPED_DAMAGES))
            .when(clientSigns(List.of(new AcceptedWarning("DAMAGES_UNCAPPED", "  "))))
            .expectNoEvents()
            .expectException(ContractNotSignableException.class)
            .expectExceptionMessage("These warnings need a written justification to be accepted: DAMAGES_UNCAPPED");
    }

    @Test
    void givenDraftWithAWarning_whenSignedWithAJustification_thenTheJustificationIsOnTheRecord() {
        AcceptedWarning justified = new AcceptedWarning("DAMAGES_UNCAPPED", "Covered by the agency's insurance");
        fixture.given(draft(UNCAPPED_DAMAGES))
            .when(clientSigns(List.of(justified, new AcceptedWarning("NOT_A_FINDING", "ignored"))))
            .expectEvents(new ContractSignedByPartyEvent(ID, ContractParty.CLIENT, "alice", HEAD_OF_LEGAL, NOON,
                List.of(justified)));
    }

    @Test
    void givenClientSigned_whenProviderSigns_thenContractIsActiveFromTheStartOfItsTerm() {
        fixture.given(draft(RECOMMENDED_TERMS), clientSigned())
            .when(new SignContractCommand(ID, BLUE_SKY_AGENCY, ContractParty.PROVIDER, AGENCY_CEO, NOON,
                List.of(), null))
            .expectEvents(new ContractSignedByPartyEvent(ID, ContractParty.PROVIDER, "agency-blue", AGENCY_CEO, NOON,
                List.of()), new ContractActivatedEvent(ID, LocalDate.of(2027, 1, 1)))
            .expectState(contract -> {
                if (contract.state().status() != ContractStatus.ACTIVE || contract.state().signatures().size() != 2) {
                    throw new AssertionError("Expected an active contract with two signatures: " + contract.state());
                }
            });
    }

    @Test
    void givenClientSigned_whenClientSignsAgain_thenRefused() {
        fixture.given(draft(RECOMMENDED_TERMS), clientSigned())
            .when(clientSigns(List.of()))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("The client has already signed this version of the contract");
    }

    @Test
    void givenDraft_whenAnotherAgencySignsForTheProvider_thenTheContractDoesNotExistForIt() {
        fixture.given(draft(RECOMMENDED_TERMS))
            .when(new SignContractCommand(ID, RED_AGENCY, ContractParty.PROVIDER, AGENCY_CEO, NOON,
                List.of(), null))
            .expectNoEvents()
            .expectException(ContractNotFoundException.class);
    }

    @Test
    void givenClientSigned_whenTermsRevised_thenTheSignatureIsVoidAndTheClientMustSignAgain() {
        fixture.given(draft(RECOMMENDED_TERMS), clientSigned())
            .when(new ReviseContractTermsCommand(ID, ALICE, UNCAPPED_DAMAGES, null))
            .expectEvents(new ContractTermsRevisedEvent(ID, UNCAPPED_DAMAGES))
            .expectState(contract -> {
                if (!contract.state().signatures().isEmpty()) {
                    throw new AssertionError("Signatures survived a revision: " + contract.state().signatures());
                }
            });
    }

    @Test
    void givenActiveContract_whenTermsRevised_thenRefusedNamingTheState() {
        fixture.given(draft(RECOMMENDED_TERMS), clientSigned(), new ContractSignedByPartyEvent(ID,
                ContractParty.PROVIDER, "agency-blue", AGENCY_CEO, NOON, List.of()),
                new ContractActivatedEvent(ID, LocalDate.of(2027, 1, 1)))
            .when(new ReviseContractTermsCommand(ID, ALICE, UNCAPPED_DAMAGES, null))
            .expectNoEvents()
            .expectException(ContractStateConflictException.class)
            .expectExceptionMessage("An active contract cannot have its terms revised");
    }

    private static ContractDraftCreatedEvent draft(ContractTerms terms) {
        return new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, terms);
    }

    private static ContractSignedByPartyEvent clientSigned() {
        return new ContractSignedByPartyEvent(ID, ContractParty.CLIENT, "alice", HEAD_OF_LEGAL, NOON, List.of());
    }

    private static SignContractCommand clientSigns(List<AcceptedWarning> acceptedWarnings) {
        return new SignContractCommand(ID, ALICE, ContractParty.CLIENT, HEAD_OF_LEGAL, NOON,
            acceptedWarnings, null);
    }
}
