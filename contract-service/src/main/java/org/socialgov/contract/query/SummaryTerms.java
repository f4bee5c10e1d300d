package org.socialgov.contract.query;

import java.time.LocalDate;

import org.bson.Document;
import org.socialgov.contract.api.AutoRenewal;
import org.socialgov.contract.api.Term;
import org.socialgov.contract.domain.ContractStatus;
import org.socialgov.contract.domain.RenewalRules;

/**
 * How a summary holds its contract's term, and the renewal cancel-by date that follows from the term, the status and
 * any notice given, by the contract's own rule ({@link RenewalRules#cancelBy}): stored so that lists can sort by it.
 */
final class SummaryTerms {

    private static final String RENEWAL_MONTHS = "renewalMonths";
    private static final String NOTICE_DAYS = "noticeDays";

    private SummaryTerms() {
    }

    /** The summary fields of a term: every one present, null where the term (or its renewal) says nothing. */
    static Document fields(Term term) {
        AutoRenewal renewal = term == null ? null : term.autoRenewal();
        return new Document(ContractSummaries.TERM_START, term == null ? null : text(term.start()))
            .append(ContractSummaries.TERM_END, term == null ? null : text(term.end()))
            .append(ContractSummaries.AUTO_RENEWAL, renewal == null ? null
                : new Document(RENEWAL_MONTHS, renewal.renewalMonths()).append(NOTICE_DAYS, renewal.noticeDays()));
    }

    /** The summary's renewal cancel-by date as it stores it (ISO text), or null. */
    static String cancelBy(Document summary) {
        Document renewal = summary.get(ContractSummaries.AUTO_RENEWAL, Document.class);
        Term term = new Term(date(summary, ContractSummaries.TERM_START), date(summary, ContractSummaries.TERM_END),
            renewal == null ? null : new AutoRenewal(renewal.getInteger(RENEWAL_MONTHS),
                renewal.getInteger(NOTICE_DAYS)));
        return text(RenewalRules.cancelBy(term, ContractStatus.valueOf(summary.getString(ContractSummaries.STATUS)),
            summary.get(ContractSummaries.NOTICE_GIVEN_ON) != null));
    }

    static LocalDate date(Document summary, String field) {
        String value = summary.getString(field);
        return value == null ? null : LocalDate.parse(value);
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }
}
