package org.socialgov.contract.query;

import org.bson.Document;

/**
 * One of the two lists a contract has a place in, in creation order: its company's, or its company's with its
 * provider (what an agency sees, and the provider filter). {@code listId} names the list (ids hold no '/'), and a
 * place's key is the list id and the ordinal, so that one unique field finds a contract by list and place.
 */
record ListOrder(String listId, String ordinalField, String keyField) {

    static ListOrder ofCompany(String client) {
        return new ListOrder(client, ContractSummaries.LIST_ORDINAL, ContractSummaries.LIST_KEY);
    }

    static ListOrder ofProvider(String client, String providerId) {
        return new ListOrder(client + "/" + providerId, ContractSummaries.PROVIDER_LIST_ORDINAL,
            ContractSummaries.PROVIDER_LIST_KEY);
    }

    String key(long ordinal) {
        return listId + "/" + ordinal;
    }

    /** The fields of a summary at this place. */
    Document place(long ordinal) {
        return new Document(ordinalField, ordinal).append(keyField, key(ordinal));
    }

    /** The ordinal of a summary in this list, if it has a place in it. */
    Long ordinalOf(Document summary) {
        return summary.get(ordinalField) instanceof Number ordinal && key(ordinal.longValue())
            .equals(summary.getString(keyField)) ? ordinal.longValue() : null;
    }
}
