package org.socialgov.policy.api;

/**
 * A person's standing towards the company, which decides which guidelines bind them: officers and employees (regular
 * or not) are bound by every rule; people who have left only by the rules that survive departure.
 */
public enum Standing {
    OFFICER,
    EMPLOYEE,
    NON_REGULAR_EMPLOYEE,
    FORMER_EMPLOYEE;

    /** Whether the person is on staff now, and so must acknowledge each published version. */
    public boolean current() {
        return this != FORMER_EMPLOYEE;
    }
}
