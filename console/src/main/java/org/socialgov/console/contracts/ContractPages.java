package org.socialgov.console.contracts;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.socialgov.console.gateway.ApiPaths;
import org.socialgov.console.gateway.GatewayApi;
import org.socialgov.console.session.ConsoleSession;
import org.socialgov.console.web.Dates;
import org.socialgov.console.web.PageNotFoundException;

/**
 * Reads what the contract page shows from the API: the contract, its review, and the comparison of each version
 * with the one before it (one read per accepted amendment). Another company's contract answers 404, as a missing
 * one does, and shows the same not-found page.
 */
@Singleton
public class ContractPages {

    static final Pattern CONTRACT_ID = Pattern.compile("[A-Za-z0-9-]{1,64}");

    private final GatewayApi api;

    public ContractPages(GatewayApi api) {
        this.api = api;
    }

    ContractPage load(ConsoleSession session, String contractId, Dates dates, @Nullable Refusal refusal,
                      @Nullable String done) {
        String path = path(contractId);
        Contract contract = api.get(session, path, Contract.class);
        ContractReview review = api.get(session, path + "/review", ContractReview.class);
        ClauseWords words = new ClauseWords(dates);
        Renewal renewal = Renewal.of(contract, LocalDate.now(ZoneOffset.UTC));
        List<SideBySide> amendments = new ArrayList<>();
        List<Contract.Version> versions = contract.versionList();
        for (int i = versions.size() - 1; i > 0; i--) {
            int to = versions.get(i).versionNo();
            int from = versions.get(i - 1).versionNo();
            VersionComparison comparison = api.get(session, path + "/versions/compare?from=" + from + "&to=" + to,
                VersionComparison.class);
            amendments.add(SideBySide.ofComparison("Version " + to + ", in force from "
                + dates.date(versions.get(i).effectiveFrom()), comparison, words));
        }
        Contract.OpenAmendment open = contract.openAmendment();
        SideBySide proposal = open == null ? null : SideBySide.ofProposal("Amendment " + open.amendmentNo()
            + ", proposed by " + ContractWords.party(open.proposedBy()).toLowerCase(java.util.Locale.ROOT)
            + ", to take effect on " + dates.date(open.effectiveFrom()), contract.terms(), open.newTerms(), words);
        List<ContractPage.TermsElement> terms = ContractElements.ALL.stream()
            .map(element -> new ContractPage.TermsElement(element.heading(),
                words.lines(element.field(), contract.element(element.field()).orElse(null))))
            .toList();
        return new ContractPage(contract, Findings.of(review, "DRAFT".equals(contract.status())), renewal, terms,
            amendments, proposal, ContractActions.of(contract, review, renewal), review.warnings(), refusal,
            UUID.randomUUID().toString(), done);
    }

    /** The contract's API path; an id that cannot be one is not found, like a missing contract. */
    static String path(String contractId) {
        if (!CONTRACT_ID.matcher(contractId).matches()) {
            throw new PageNotFoundException();
        }
        return "/api/contracts/" + ApiPaths.encode(contractId);
    }
}
