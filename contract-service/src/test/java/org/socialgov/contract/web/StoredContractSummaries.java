package org.socialgov.contract.web;

import java.util.ArrayList;
import java.util.List;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import io.micronaut.context.ApplicationContext;
import org.bson.Document;

/** The contract read model as stored, read past the API: what a rebuild must reproduce document for document. */
final class StoredContractSummaries {

    private StoredContractSummaries() {
    }

    static MongoCollection<Document> collection(ApplicationContext service) {
        return service.getBean(MongoDatabase.class).getCollection("contract_summaries");
    }

    /** Every document, in a stable order, so that two reads compare with equals. */
    static List<Document> all(ApplicationContext service) {
        return collection(service).find().sort(Sorts.ascending("_id")).into(new ArrayList<>());
    }
}
