package org.socialgov.platform.rebuild;

/** Where a projection rebuild stands. */
public enum RebuildState {
    /** The read models are being rebuilt; lists built from them are incomplete until it completes. */
    RUNNING,
    /** Every stored event was handled again; the read models are whole. */
    COMPLETED,
    /** The rebuild stopped before the end; the status says why. Run it again once the cause is fixed. */
    FAILED
}
