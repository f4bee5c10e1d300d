package org.socialgov.contract.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.zip.CRC32;

import org.socialgov.contract.api.ContractListSort;
import org.socialgov.contract.query.ContractSummary;
import org.socialgov.contract.web.generated.model.ContractStatus;
import org.socialgov.platform.web.PageCursor;

/**
 * A contract list as asked for: its order and filters, and the cursors of its pages. A cursor holds a fingerprint of
 * the order and filters it was made for, the last contract of its page and, in an order by date, the date that
 * contract was listed under; brought to another order or other filters it means nothing and is refused as any
 * cursor that is not from a previous page.
 */
record ContractListing(ContractListSort sort, boolean descending, String status, String providerId,
                       Integer endsWithinDays) {

    private static final String SEPARATOR = ":";

    static ContractListing of(org.socialgov.contract.web.generated.model.ContractListSort sort, ContractStatus status,
                              String providerId, Integer endsWithinDays) {
        String value = sort == null ? "created" : sort.getValue();
        boolean descending = value.startsWith("-");
        ContractListSort by = switch (descending ? value.substring(1) : value) {
            case "termEnd" -> ContractListSort.TERM_END;
            case "cancelBy" -> ContractListSort.CANCEL_BY;
            default -> ContractListSort.CREATED;
        };
        return new ContractListing(by, descending, status == null ? null : status.name(), providerId, endsWithinDays);
    }

    /** The cursor of the page that ends with {@code last}. */
    String cursorAfter(ContractSummary last) {
        LocalDate date = dateOf(last);
        return PageCursor.encode(fingerprint() + SEPARATOR + (date == null ? "" : date) + SEPARATOR
            + last.contractId());
    }

    /** Where the page after {@code cursor} starts (null for the first page). */
    Position positionAfter(String cursor) {
        return PageCursor.decode(cursor, position -> {
            String[] parts = position.split(SEPARATOR, 3);
            if (parts.length != 3 || !parts[0].equals(fingerprint()) || parts[2].isEmpty()) {
                throw new IllegalArgumentException("Not a cursor of this list: " + position);
            }
            return new Position(parts[2], parts[1].isEmpty() ? null : LocalDate.parse(parts[1]));
        });
    }

    /** The last contract of a page, and the date it was listed under in an order by date. */
    record Position(String contractId, LocalDate date) {
    }

    private LocalDate dateOf(ContractSummary summary) {
        return switch (sort) {
            case TERM_END -> summary.termEnd();
            case CANCEL_BY -> summary.cancelBy();
            case CREATED -> null;
        };
    }

    /** Short, so that the cursor stays within its 200 characters. */
    private String fingerprint() {
        CRC32 crc = new CRC32();
        crc.update(String.join("|", sort.name(), Boolean.toString(descending), String.valueOf(status),
            String.valueOf(providerId), String.valueOf(endsWithinDays)).getBytes(StandardCharsets.UTF_8));
        return Long.toHexString(crc.getValue());
    }
}
