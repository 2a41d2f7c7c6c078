package org.counterpart.events;

/** The instrument a formal request relies on. */
public enum LegalBasis {
    ASEAN_MLAT,
    BILATERAL_TREATY,
    UNTOC,
    RECIPROCITY
}
