package org.socialgov.platform.testmodel;

/** A test-only enumeration, as the specs' enums are generated. */
public enum ParcelKind {
    LETTER, PARCEL, PALLET
}
