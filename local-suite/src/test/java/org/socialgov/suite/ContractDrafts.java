package org.socialgov.suite;

import java.time.LocalDate;
import java.util.Set;

import org.socialgov.client.contract.model.ContractDraftRequest;
import org.socialgov.client.contract.model.ContractTerms;
import org.socialgov.client.contract.model.DamagesClause;
import org.socialgov.client.contract.model.Fees;
import org.socialgov.client.contract.model.Money;
import org.socialgov.client.contract.model.Platform;
import org.socialgov.client.contract.model.Provider;
import org.socialgov.client.contract.model.ProviderKind;
import org.socialgov.client.contract.model.Scope;
import org.socialgov.client.contract.model.Term;

/** Contract drafts as a back-office system would send them. */
final class ContractDrafts {

    static final String VALID_JSON = """
        {"title":"Social media operations 2027",
         "provider":{"providerId":"agency-blue","name":"Blue Sky Digital Ltd","kind":"AGENCY"},
         "terms":{"scope":{"platforms":["X","INSTAGRAM"],"postsPerMonth":12},
                  "fees":{"baseMonthlyFee":{"currency":"EUR","amount":"2500.00"}},
                  "term":{"start":"2027-01-01","end":"2027-12-31"}}}""";

    private ContractDrafts() {
    }

    static ContractDraftRequest operations2027() {
        return new ContractDraftRequest()
            .title("Social media operations 2027")
            .provider(new Provider().providerId("agency-blue").name("Blue Sky Digital Ltd").kind(ProviderKind.AGENCY))
            .terms(new ContractTerms()
                .scope(new Scope().platforms(Set.of(Platform.X, Platform.INSTAGRAM)).postsPerMonth(12))
                .fees(new Fees().baseMonthlyFee(new Money().currency("EUR").amount("2500.00")))
                .term(new Term().start(LocalDate.of(2027, 1, 1)).end(LocalDate.of(2027, 12, 31)))
                .damages(new DamagesClause().cap(DamagesClause.CapEnum.UNCAPPED)));
    }
}
