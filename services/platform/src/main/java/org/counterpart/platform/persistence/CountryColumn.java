package org.counterpart.platform.persistence;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.counterpart.events.Country;

/** Every {@link Country} attribute is stored as its bare code, so the columns stay plain {@code text}. */
@Converter(autoApply = true)
public class CountryColumn implements AttributeConverter<Country, String> {

    @Override
    public String convertToDatabaseColumn(Country country) {
        return country == null ? null : country.code();
    }

    @Override
    public Country convertToEntityAttribute(String code) {
        return code == null ? null : Country.of(code);
    }
}
