package org.socialgov.console.policyadmin;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a version stands, in words, from the API's answers: a draft is not published; of the published versions the
 * one the API says is in force today is in force, those before it are superseded, those after it take effect later.
 */
final class VersionState {

    private VersionState() {
    }

    static String of(PolicyRecord.Version version, @Nullable Integer inForce) {
        if (!version.published()) {
            return "Draft";
        }
        if (inForce == null || version.versionNo() > inForce) {
            return "Scheduled";
        }
        return version.versionNo() == inForce ? "In force" : "Superseded";
    }
}
