package org.socialgov.policy.query;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.in;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import jakarta.inject.Singleton;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.socialgov.policy.api.StaffMemberId;
import org.socialgov.policy.api.Standing;

/**
 * The staff roster of every company: one document per person in {@code staff_roster}, written only by
 * {@link StaffRosterProjection}. Who is bound by which guidelines is read from here, so it may trail a change by
 * the moment the projection takes; dates are ISO strings.
 */
@Singleton
public class StaffRoster {

    static final String ID = "_id";
    static final String TENANT = "tenant";
    static final String PERSON_ID = "personId";
    static final String NAME = "name";
    static final String STANDING = "standing";
    static final String SINCE = "since";
    static final String TRAININGS = "trainings";
    static final String TITLE = "title";
    static final String ATTENDED_ON = "attendedOn";
    static final String PROVIDER = "provider";
    /** The policy version the person was last reminded to acknowledge, so that the reminder watch skips them. */
    static final String REMINDED_TO_ACKNOWLEDGE = "remindedToAcknowledge";
    /** The sequence number of the last event applied: what makes the projection idempotent. */
    static final String VERSION = "version";

    private final MongoCollection<Document> collection;

    public StaffRoster(MongoDatabase database) {
        this.collection = database.getCollection("staff_roster");
        // Pages are read in person id order within a company: the index lets a page read only its own entries.
        collection.createIndex(Indexes.ascending(TENANT, PERSON_ID));
    }

    /**
     * Everyone ever registered in the company, with their current standing, in person id order: for the
     * service's own reckoning (the compliance report); clients read the roster a {@link #page} at a time.
     */
    public List<RosterEntry> of(String tenant) {
        return entries(eq(TENANT, tenant));
    }

    /** The person's entry in the company's roster, if they were ever registered there (by id: no scan). */
    public Optional<RosterEntry> find(String tenant, String personId) {
        return Optional.ofNullable(collection.find(eq(ID, StaffMemberId.of(tenant, personId))).first())
            .map(StaffRoster::toEntry);
    }

    /**
     * Up to {@code limit} people of the company in person id order, after the person id {@code after} (from the
     * start when null), only of {@code standing} when it is not null. One entry more is read than is answered, to
     * know whether another page follows without an empty last page.
     */
    RosterPage page(String tenant, Standing standing, int limit, String after) {
        List<Bson> filters = new ArrayList<>(List.of(eq(TENANT, tenant)));
        if (standing != null) {
            filters.add(eq(STANDING, standing.name()));
        }
        if (after != null) {
            filters.add(gt(PERSON_ID, after));
        }
        List<RosterEntry> entries = new ArrayList<>();
        collection.find(and(filters)).sort(Sorts.ascending(PERSON_ID)).limit(limit + 1)
            .forEach(document -> entries.add(toEntry(document)));
        boolean more = entries.size() > limit;
        List<RosterEntry> page = more ? entries.subList(0, limit) : entries;
        return new RosterPage(page, more ? page.get(page.size() - 1).personId() : null);
    }

    /**
     * The people on staff now in these companies who were not reminded to acknowledge the version named (by company,
     * see {@code AcknowledgementReminders.version}), person ids by company: one read of the roster for them all.
     */
    Map<String, List<String>> onStaffNotRemindedOf(Map<String, String> versionByTenant) {
        Map<String, List<String>> found = new HashMap<>();
        if (versionByTenant.isEmpty()) {
            return found;
        }
        List<String> onStaff = Arrays.stream(Standing.values()).filter(Standing::current).map(Standing::name).toList();
        collection.find(and(in(TENANT, versionByTenant.keySet()), in(STANDING, onStaff)))
            .projection(Projections.include(TENANT, PERSON_ID, REMINDED_TO_ACKNOWLEDGE))
            .forEach(person -> {
                String tenant = person.getString(TENANT);
                if (!versionByTenant.get(tenant).equals(person.getString(REMINDED_TO_ACKNOWLEDGE))) {
                    found.computeIfAbsent(tenant, any -> new ArrayList<>()).add(person.getString(PERSON_ID));
                }
            });
        return found;
    }

    MongoCollection<Document> collection() {
        return collection;
    }

    private List<RosterEntry> entries(Bson filter) {
        List<RosterEntry> entries = new ArrayList<>();
        collection.find(filter).sort(Sorts.ascending(PERSON_ID)).forEach(document -> entries.add(toEntry(document)));
        return List.copyOf(entries);
    }

    private static RosterEntry toEntry(Document document) {
        List<TrainingRecord> trainings = document.getList(TRAININGS, Document.class, List.of()).stream()
            .map(training -> new TrainingRecord(training.getString(TITLE),
                LocalDate.parse(training.getString(ATTENDED_ON)), training.getString(PROVIDER)))
            .toList();
        return new RosterEntry(document.getString(PERSON_ID), document.getString(NAME),
            Standing.valueOf(document.getString(STANDING)), LocalDate.parse(document.getString(SINCE)), trainings);
    }
}
