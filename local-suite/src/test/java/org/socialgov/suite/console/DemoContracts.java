package org.socialgov.suite.console;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.socialgov.client.contract.ApiClient;
import org.socialgov.client.contract.ApiException;
import org.socialgov.client.contract.api.ContractAmendmentsApi;
import org.socialgov.client.contract.api.ContractLifecycleApi;
import org.socialgov.client.contract.api.ContractReviewApi;
import org.socialgov.client.contract.api.ContractsApi;
import org.socialgov.client.contract.model.AcceptedWarning;
import org.socialgov.client.contract.model.AmendmentDecisionRequest;
import org.socialgov.client.contract.model.AmendmentRequest;
import org.socialgov.client.contract.model.AutoRenewal;
import org.socialgov.client.contract.model.ContractDraftRequest;
import org.socialgov.client.contract.model.ContractParty;
import org.socialgov.client.contract.model.ContractTerms;
import org.socialgov.client.contract.model.DamagesClause;
import org.socialgov.client.contract.model.Fees;
import org.socialgov.client.contract.model.Money;
import org.socialgov.client.contract.model.Platform;
import org.socialgov.client.contract.model.Provider;
import org.socialgov.client.contract.model.ProviderKind;
import org.socialgov.client.contract.model.ReviewFinding;
import org.socialgov.client.contract.model.Scope;
import org.socialgov.client.contract.model.SignatureRequest;
import org.socialgov.client.contract.model.SubcontractingClause;
import org.socialgov.client.contract.model.Term;
import org.socialgov.suite.RunningSuite;

/**
 * The example tenant's contracts for the contract manager's day, made through the gateway as the parties would:
 * an active contract (signed by both, one amendment accepted, a second one proposed by the agency and open) whose
 * renewal cancel-by date is near, and a draft with review warnings waiting for the client's signature.
 */
final class DemoContracts {

    static final String TENANT = "example";
    static final String MANAGER = "carla";

    private final RunningSuite running;
    private final String manager;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);

    DemoContracts(RunningSuite running) {
        this.running = running;
        this.manager = running.token(MANAGER, TENANT, "CONTRACT_MANAGER");
    }

    /** Active since last year, ends in 45 days, renews unless notice is given 30 days before: cancel-by in 15. */
    String activeWithAmendments() throws ApiException {
        String agency = running.token("agency-blue", TENANT, "AGENCY");
        ContractTerms terms = terms(today.minusDays(320), today.plusDays(45), DamagesClause.CapEnum.UNCAPPED, 12);
        String id = contracts(manager).createContractDraft(new ContractDraftRequest().title("ソーシャル運用 – Blue Sky 2026")
            .provider(new Provider().providerId("agency-blue").name("Blue Sky Digital Ltd").kind(ProviderKind.AGENCY))
            .terms(terms), null, null).getContractId();
        sign(id, manager, ContractParty.CLIENT, "Hanako Yamada", "Head of Legal");
        sign(id, agency, ContractParty.PROVIDER, "Ken Blue", "CEO");
        amendments(agency).proposeAmendment(id, new AmendmentRequest().party(ContractParty.PROVIDER)
            .effectiveFrom(today.minusDays(10)).newTerms(terms(today.minusDays(320), today.plusDays(45),
                DamagesClause.CapEnum.MONTHS_OF_FEES, 12)), null, null, null);
        amendments(manager).decideAmendment(id, 1, new AmendmentDecisionRequest().party(ContractParty.CLIENT)
            .decision(AmendmentDecisionRequest.DecisionEnum.ACCEPT), null, null, null);
        amendments(agency).proposeAmendment(id, new AmendmentRequest().party(ContractParty.PROVIDER)
            .effectiveFrom(today.plusDays(14)).newTerms(terms(today.minusDays(320), today.plusDays(45),
                DamagesClause.CapEnum.MONTHS_OF_FEES, 20)), null, null, null);
        return id;
    }

    /** A draft with another agency, ending next year: its review has warnings, nobody has signed it. */
    String draft() throws ApiException {
        return contracts(manager).createContractDraft(new ContractDraftRequest().title("Kampanje på Instagram – æ ø å")
            .provider(new Provider().providerId("agency-green").name("Green Leaf Media").kind(ProviderKind.AGENCY))
            .terms(terms(today.plusDays(30), today.plusDays(395), DamagesClause.CapEnum.UNCAPPED, 8)), null, null)
            .getContractId();
    }

    private void sign(String id, String token, ContractParty party, String name, String role) throws ApiException {
        List<AcceptedWarning> warnings = new ContractReviewApi(client(token)).reviewContract(id).getFindings().stream()
            .filter(finding -> finding.getSeverity() == ReviewFinding.SeverityEnum.WARNING)
            .map(finding -> new AcceptedWarning().code(finding.getCode()).justification("Agreed in negotiation"))
            .toList();
        new ContractLifecycleApi(client(token)).signContract(id, new SignatureRequest().party(party)
            .signatoryName(name).signatoryRole(role).acceptedWarnings(warnings), null, null, null);
    }

    private static ContractTerms terms(LocalDate start, LocalDate end, DamagesClause.CapEnum cap, int posts) {
        DamagesClause damages = new DamagesClause().cap(cap);
        if (cap == DamagesClause.CapEnum.MONTHS_OF_FEES) {
            damages.months(3);
        }
        return new ContractTerms()
            .scope(new Scope().platforms(Set.of(Platform.X, Platform.INSTAGRAM)).postsPerMonth(posts))
            .fees(new Fees().baseMonthlyFee(new Money().currency("EUR").amount("2500.00")))
            .term(new Term().start(start).end(end).autoRenewal(new AutoRenewal().renewalMonths(12).noticeDays(30)))
            .subcontracting(new SubcontractingClause().policy(SubcontractingClause.PolicyEnum.PRIOR_WRITTEN_CONSENT)
                .providerFullyLiable(true))
            .damages(damages);
    }

    private ContractsApi contracts(String token) {
        return new ContractsApi(client(token));
    }

    private ContractAmendmentsApi amendments(String token) {
        return new ContractAmendmentsApi(client(token));
    }

    private ApiClient client(String token) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(running.suite.gatewayUrl() + "/api");
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        return client;
    }
}
