package org.socialgov.policy.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.socialgov.policy.api.Guideline;
import org.socialgov.policy.api.Standing;
import org.socialgov.policy.demo.ExamplePolicy;

class GuidelineApplicabilityTest {

    @Test
    void givenExampleRules_whenAskedPerStanding_thenStaffAreBoundByAllAndLeaversByConfidentialityOnly() {
        for (Standing current : List.of(Standing.OFFICER, Standing.EMPLOYEE, Standing.NON_REGULAR_EMPLOYEE)) {
            assertEquals(7, GuidelineApplicability.binding(ExamplePolicy.GUIDELINES, current).size(), current.name());
        }
        assertEquals(List.of(2, 3), GuidelineApplicability.binding(ExamplePolicy.GUIDELINES,
            Standing.FORMER_EMPLOYEE).stream().map(Guideline::number).toList());
    }
}
