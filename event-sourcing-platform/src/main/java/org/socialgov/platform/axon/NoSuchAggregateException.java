package org.socialgov.platform.axon;

import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

/**
 * The one answer for an object the caller cannot see, whatever the reason: it does not exist, did not exist yet at
 * the point asked for, belongs to another company, or is one the caller may not know of within their company. Every
 * such path answers with this, so that no answer tells the reasons apart: "No contract 'c-1'".
 */
public class NoSuchAggregateException extends ProblemException {

    public NoSuchAggregateException(Class<?> aggregateType, String aggregateId) {
        super(ProblemType.NOT_FOUND, "No " + businessName(aggregateType) + " '" + aggregateId + "'");
    }

    /** The aggregate type's {@link BusinessName}; a type without one is a programming error. */
    public static String businessName(Class<?> aggregateType) {
        BusinessName name = aggregateType.getAnnotation(BusinessName.class);
        if (name == null) {
            throw new IllegalStateException(aggregateType.getName() + " has no @" + BusinessName.class.getSimpleName()
                + ": say what the business calls one");
        }
        return name.value();
    }
}
