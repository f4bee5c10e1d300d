package org.socialgov.contract.domain;

import static org.socialgov.contract.ContractFixtures.ALICE;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY;
import static org.socialgov.contract.ContractFixtures.BLUE_SKY_AGENCY;
import static org.socialgov.contract.ContractFixtures.CLIENT;
import static org.socialgov.contract.ContractFixtures.GLOBEX_MANAGER;
import static org.socialgov.contract.ContractFixtures.RECOMMENDED_TERMS;
import static org.socialgov.contract.ContractFixtures.RED_AGENCY;
import static org.socialgov.contract.ContractFixtures.TITLE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.socialgov.contract.ContractFixtures;
import org.socialgov.contract.api.AmendmentDecision;
import org.socialgov.contract.api.Assignee;
import org.socialgov.contract.api.ContractActor;
import org.socialgov.contract.api.ContractDraftCreatedEvent;
import org.socialgov.contract.api.ContractElement;
import org.socialgov.contract.api.ContractParty;
import org.socialgov.contract.api.ContractTask;
import org.socialgov.contract.api.ContractTerminatedEvent;
import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.DecideAmendmentCommand;
import org.socialgov.contract.api.GiveNonRenewalNoticeCommand;
import org.socialgov.contract.api.ProposeAmendmentCommand;
import org.socialgov.contract.api.RecordSubcontractingConsentCommand;
import org.socialgov.contract.api.RemoveSubcontractorCommand;
import org.socialgov.contract.api.RequestAssignmentCommand;
import org.socialgov.contract.api.RequestSubcontractorApprovalCommand;
import org.socialgov.contract.api.ReviewContractDraftCommand;
import org.socialgov.contract.api.ReviseContractTermsCommand;
import org.socialgov.contract.api.SignContractCommand;
import org.socialgov.contract.api.Signatory;
import org.socialgov.contract.api.Subcontractor;
import org.socialgov.contract.api.SurvivingDuty;
import org.socialgov.contract.api.TerminateContractCommand;
import org.socialgov.contract.api.TerminationGround;
import org.socialgov.contract.api.WithdrawContractDraftCommand;
import org.socialgov.contract.api.WrittenConsent;
import org.socialgov.problem.ProblemException;

/**
 * Who may act on a contract, for every command it takes: the client only through its own contract managers, the
 * provider only as itself; anyone else is answered as for a missing contract before any other rule, the contract's
 * state included, is looked at; and nothing is recorded for a refused act.
 */
class ContractPartiesTest {

    private static final String ID = "c-1";
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 1);
    private static final Subcontractor PIXEL = new Subcontractor("pixel-studio", "Pixel Studio");
    private static final WrittenConsent CONSENT = new WrittenConsent("ACME-LEGAL-14", TODAY, "Hanako Yamada");
    private static final ContractActor BLUE_SKY_AT_GLOBEX = ContractActor.agency("globex", "agency-blue");

    private AggregateTestFixture<Contract> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Contract.class);
    }

    /** Every act for the client, by this actor. */
    private static Map<String, Object> clientActsBy(ContractActor actor) {
        ContractParty client = ContractParty.CLIENT;
        return Map.ofEntries(
            Map.entry("revise terms", new ReviseContractTermsCommand(ID, actor, RECOMMENDED_TERMS, null)),
            Map.entry("withdraw the draft", new WithdrawContractDraftCommand(ID, actor, null)),
            Map.entry("review the draft", new ReviewContractDraftCommand(ID, actor, client, null)),
            Map.entry("sign", sign(actor, client)),
            Map.entry("terminate", terminate(actor, client)),
            Map.entry("assign", assign(actor, client)),
            Map.entry("propose an amendment", propose(actor, client)),
            Map.entry("decide an amendment", decide(actor, client)),
            Map.entry("give notice of non-renewal", new GiveNonRenewalNoticeCommand(ID, actor, client, TODAY, null)),
            Map.entry("record subcontracting consent", new RecordSubcontractingConsentCommand(ID, actor, PIXEL,
                Set.of(ContractTask.REGULAR_POSTING), CONSENT, null)),
            Map.entry("remove a subcontractor", new RemoveSubcontractorCommand(ID, actor, client, "pixel-studio",
                null)));
    }

    /** Every act for the provider, by this actor. */
    private static Map<String, Object> providerActsBy(ContractActor actor) {
        ContractParty provider = ContractParty.PROVIDER;
        return Map.of(
            "sign", sign(actor, provider),
            "terminate", terminate(actor, provider),
            "assign", assign(actor, provider),
            "propose an amendment", propose(actor, provider),
            "decide an amendment", decide(actor, provider),
            "give notice of non-renewal", new GiveNonRenewalNoticeCommand(ID, actor, provider, TODAY, null),
            "request a subcontractor's approval", new RequestSubcontractorApprovalCommand(ID, actor, PIXEL,
                Set.of(ContractTask.REGULAR_POSTING), null),
            "remove a subcontractor", new RemoveSubcontractorCommand(ID, actor, provider, "pixel-studio", null));
    }

    /** Every act of a caller the contract must not be known to, on a draft and on an active contract. */
    static Stream<Arguments> actsOfStrangers() {
        List<Arguments> acts = new ArrayList<>();
        Map<String, Map<String, Object>> strangers = Map.of(
            "an agency of the client that is not the provider", merged(providerActsBy(RED_AGENCY),
                clientActsBy(RED_AGENCY)),
            "another company's contract manager", clientActsBy(GLOBEX_MANAGER),
            "the provider's namesake at another company", providerActsBy(BLUE_SKY_AT_GLOBEX));
        strangers.forEach((who, commands) -> commands.forEach((act, command) -> {
            acts.add(Arguments.of(who + " tries to " + act + " on a draft", draft(), command));
            acts.add(Arguments.of(who + " tries to " + act + " on an active contract", active(), command));
        }));
        return acts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actsOfStrangers")
    void givenContract_whenSomeoneNotPartyToItActs_thenAnsweredAsForAMissingContractAndNothingRecorded(
        String act, List<Object> contract, Object command) {
        fixture.given(contract)
            .when(command)
            .expectNoEvents()
            .expectException(ContractNotFoundException.class)
            .expectExceptionMessage("No contract '" + ID + "'");
    }

    static Stream<Arguments> actsForTheOtherSide() {
        List<Arguments> acts = new ArrayList<>();
        clientActsBy(BLUE_SKY_AGENCY).forEach((act, command) -> acts.add(Arguments.of(
            "the provider tries to " + act + " for the client", command,
            "Only the client's contract managers act for the client")));
        providerActsBy(ALICE).forEach((act, command) -> acts.add(Arguments.of(
            "the client's contract manager tries to " + act + " for the provider", command,
            "Only the provider itself acts for the provider")));
        return acts.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("actsForTheOtherSide")
    void givenActiveContract_whenAPartyActsForTheOtherSide_thenForbiddenAndNothingRecorded(String act,
                                                                                           Object command,
                                                                                           String refusal) {
        fixture.given(active())
            .when(command)
            .expectNoEvents()
            .expectException(ProblemException.class)
            .expectExceptionMessage(refusal);
    }

    @Test
    void givenNoContract_whenAnAgencyDraftsOne_thenForbiddenAndNothingRecorded() {
        fixture.givenNoPriorActivity()
            .when(new CreateContractDraftCommand(ID, BLUE_SKY_AGENCY, TITLE, BLUE_SKY, RECOMMENDED_TERMS))
            .expectNoEvents()
            .expectException(ProblemException.class)
            .expectExceptionMessage("Only a contract manager drafts a contract");
    }

    @Test
    void givenActiveContract_whenTheProviderItselfTerminatesByMutualAgreement_thenTerminatedForTheProvider() {
        fixture.given(active())
            .when(terminate(BLUE_SKY_AGENCY, ContractParty.PROVIDER))
            .expectSuccessfulHandlerExecution()
            .expectEvents(new ContractTerminatedEvent(ID, ContractParty.PROVIDER, TerminationGround.MUTUAL_AGREEMENT,
                TODAY, "We agreed to part", List.of(
                    new SurvivingDuty(ContractElement.CONFIDENTIALITY, TODAY.plusYears(5)),
                    new SurvivingDuty(ContractElement.PERSONAL_DATA, null))));
    }

    private static SignContractCommand sign(ContractActor actor, ContractParty party) {
        return new SignContractCommand(ID, actor, party, new Signatory("Rei Red", "CEO"), Instant.parse(
            "2026-11-25T12:00:00Z"), List.of(), null);
    }

    private static TerminateContractCommand terminate(ContractActor actor, ContractParty party) {
        return new TerminateContractCommand(ID, actor, party, TerminationGround.MUTUAL_AGREEMENT, TODAY,
            "We agreed to part", null);
    }

    private static RequestAssignmentCommand assign(ContractActor actor, ContractParty party) {
        return new RequestAssignmentCommand(ID, actor, party, new Assignee("agency-red", "Red Digital"), CONSENT,
            null);
    }

    private static ProposeAmendmentCommand propose(ContractActor actor, ContractParty party) {
        return new ProposeAmendmentCommand(ID, actor, party, RECOMMENDED_TERMS, TODAY.plusMonths(1), null);
    }

    private static DecideAmendmentCommand decide(ContractActor actor, ContractParty party) {
        return new DecideAmendmentCommand(ID, actor, 1, party, AmendmentDecision.ACCEPT, null, null);
    }

    private static List<Object> draft() {
        return List.of(new ContractDraftCreatedEvent(ID, CLIENT, TITLE, BLUE_SKY, RECOMMENDED_TERMS));
    }

    private static List<Object> active() {
        return ContractFixtures.activeContractEvents(ID, RECOMMENDED_TERMS);
    }

    private static Map<String, Object> merged(Map<String, Object> first, Map<String, Object> second) {
        Map<String, Object> merged = new LinkedHashMap<>();
        first.forEach((act, command) -> merged.put(act + " for the provider", command));
        second.forEach((act, command) -> merged.put(act + " for the client", command));
        return merged;
    }
}
