package org.socialgov.contract;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.socialgov.contract.api.CreateContractDraftCommand;
import org.socialgov.contract.api.Fees;
import org.socialgov.contract.api.Money;
import org.socialgov.contract.api.Provider;
import org.socialgov.contract.api.ProviderKind;
import org.socialgov.contract.api.Scope;
import org.socialgov.contract.api.SocialPlatform;
import org.socialgov.contract.api.Term;

/** Example contracts, shared by the domain and HTTP tests. */
public final class ContractFixtures {

    public static final String CLIENT = "acme";
    public static final Provider BLUE_SKY = new Provider("agency-blue", "Blue Sky Digital Ltd", ProviderKind.AGENCY);
    public static final Scope TWELVE_POSTS_ON_X_AND_INSTAGRAM =
        new Scope(Set.of(SocialPlatform.X, SocialPlatform.INSTAGRAM), 12);
    public static final Fees EUR_2500_A_MONTH = new Fees(new Money("EUR", new BigDecimal("2500.00")));
    public static final Term YEAR_2027 = new Term(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));

    private ContractFixtures() {
    }

    public static CreateContractDraftCommand createDraft(String contractId) {
        return createDraft(contractId, YEAR_2027);
    }

    public static CreateContractDraftCommand createDraft(String contractId, Term term) {
        return new CreateContractDraftCommand(contractId, CLIENT, "Social media operations 2027", BLUE_SKY,
            TWELVE_POSTS_ON_X_AND_INSTAGRAM, EUR_2500_A_MONTH, term);
    }

    /** A create-draft request body as an API client sends it. */
    public static String draftRequestJson() {
        return """
            {"title":"Social media operations 2027",
             "provider":{"providerId":"agency-blue","name":"Blue Sky Digital Ltd","kind":"AGENCY"},
             "scope":{"platforms":["X","INSTAGRAM"],"postsPerMonth":12},
             "fees":{"currency":"EUR","baseMonthlyFee":"2500.00"},
             "term":{"start":"2027-01-01","end":"2027-12-31"}}""";
    }
}
