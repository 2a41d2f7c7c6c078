package org.counterpart.network;

import org.counterpart.events.Country;

/**
 * The countries tests and the demo speak of, as values. Test data only: which countries take part in
 * a network is its configuration ({@link LocalNetwork#REGION} for the run command), never this list.
 */
public final class Countries {

    public static final Country TH = Country.of("TH");
    public static final Country MY = Country.of("MY");
    public static final Country PH = Country.of("PH");
    public static final Country SG = Country.of("SG");
    public static final Country ID = Country.of("ID");
    public static final Country KH = Country.of("KH");
    public static final Country BN = Country.of("BN");
    public static final Country VN = Country.of("VN");
    public static final Country LA = Country.of("LA");
    /** Bali Process members that may join later, and a country that is no member at all. */
    public static final Country AU = Country.of("AU");
    public static final Country NZ = Country.of("NZ");
    public static final Country FJ = Country.of("FJ");

    private Countries() {
    }
}
