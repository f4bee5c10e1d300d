package org.socialgov.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.socialgov.problem.ProblemException;
import org.socialgov.problem.ProblemType;

class EntityTagsTest {

    @Test
    void givenOurOwnTags_whenRead_thenTheVersionTheyName() {
        assertEquals(7L, EntityTags.expectedVersion("\"7\""));
        assertEquals(7L, EntityTags.expectedVersion("W/\"7\""));
        assertNull(EntityTags.expectedVersion("*"));
        assertNull(EntityTags.expectedVersion(null));
    }

    @Test
    void givenATagThatNamesNoVersion_whenRead_thenPreconditionFailedRatherThanAnInternalError() {
        for (String foreign : new String[] {"\"abc\"", "\"7\", \"8\"", "\"99999999999999999999\""}) {
            ProblemException refused = assertThrows(ProblemException.class,
                () -> EntityTags.expectedVersion(foreign));
            assertEquals(ProblemType.PRECONDITION_FAILED, refused.problemType(), foreign);
        }
    }
}
