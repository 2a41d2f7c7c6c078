package org.counterpart.console;

import io.quarkus.oidc.AccessTokenCredential;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.credential.TokenCredential;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.counterpart.events.Country;
import org.counterpart.platform.security.Caller;
import org.counterpart.platform.security.Roles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The person using the console in this request: who they are (the same {@link Caller} the API checks),
 * the language they read (their choice, else their browser's) and the time zone dates are shown in
 * (their browser's, else the country's). Templates reach it as {@code cdi:consoleUser}.
 */
@RequestScoped
@Named("consoleUser")
public class ConsoleUser {

    /** The languages the console is written in; the first is the fallback. */
    public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.forLanguageTag("ms"));
    public static final String LANGUAGE_COOKIE = "counterpart-lang";
    public static final String ZONE_COOKIE = "counterpart-tz";

    private final Caller caller;
    private final SecurityIdentity identity;
    private final HttpServerRequest http;
    private final ZoneId countryZone;
    // Resolved once per request: a page formats dozens of dates in them.
    private Locale locale;
    private ZoneId zone;
    private DateTimeFormatter times;

    ConsoleUser(Caller caller, SecurityIdentity identity, HttpServerRequest http,
            @ConfigProperty(name = "counterpart.console.time-zone") ZoneId countryZone) {
        this.caller = caller;
        this.identity = identity;
        this.http = http;
        this.countryZone = countryZone;
    }

    public Caller caller() {
        return caller;
    }

    public String name() {
        return caller.name();
    }

    /** The central authority records fast means and gives requests to others of its country. */
    public boolean isCentralAuthority() {
        return caller.hasRole(Roles.CENTRAL_AUTHORITY);
    }

    /** The regional desk: the hub's directory administration, which assigns what the directory could not place. */
    public boolean isRegionalDesk() {
        return caller.hasRole(Roles.DIRECTORY_ADMIN) && caller.isRegional();
    }

    /** A country's directory correspondent, who keeps that country's entries. */
    public boolean isCorrespondent() {
        return caller.hasRole(Roles.DIRECTORY_ADMIN) && !caller.isRegional();
    }

    /** The region's operator, who sees every country's dead letters; a country's operator works on its own service. */
    public boolean isOperator() {
        return caller.hasRole(Roles.OPERATOR) && caller.isRegional();
    }

    /** Someone who works on a country's requests, and so has a worklist there. */
    public boolean worksOnRequests() {
        return caller.hasRole(Roles.PROSECUTOR) || caller.hasRole(Roles.CENTRAL_AUTHORITY)
                || caller.hasRole(Roles.AGENCY_OFFICER) || caller.hasRole(Roles.VICTIM_FOCAL_POINT);
    }

    /** An analyst reads the figures: the region's in the regional console, a country's own pairs in its console. */
    public boolean isAnalyst() {
        return caller.hasRole(Roles.ANALYST);
    }

    public boolean readsDirectory() {
        return caller.hasRole(Roles.DIRECTORY_ADMIN) || caller.hasRole(Roles.ANALYST);
    }

    public boolean mayDraft() {
        return caller.hasRole(Roles.PROSECUTOR) || caller.hasRole(Roles.CENTRAL_AUTHORITY);
    }

    /** Where the identity provider says the user's mail goes, if it says. */
    public Optional<String> email() {
        if (identity.getPrincipal() instanceof org.eclipse.microprofile.jwt.JsonWebToken token) {
            Object email = token.getClaim("email");
            return email == null || email.toString().isBlank() ? Optional.empty() : Optional.of(email.toString());
        }
        return Optional.empty();
    }

    /** The user's own access token, for calls the console makes to the hub on their behalf. */
    public Optional<String> accessToken() {
        return Optional.ofNullable(identity.getCredential(AccessTokenCredential.class)).map(TokenCredential::getToken);
    }

    public Locale locale() {
        if (locale == null) {
            locale = chosenLocale();
        }
        return locale;
    }

    private Locale chosenLocale() {
        Cookie chosen = http.getCookie(LANGUAGE_COOKIE);
        if (chosen != null) {
            Optional<Locale> known = known(chosen.getValue());
            if (known.isPresent()) {
                return known.get();
            }
        }
        String accepted = http.getHeader("Accept-Language");
        if (accepted != null) {
            try {
                Locale best = Locale.lookup(Locale.LanguageRange.parse(accepted), LANGUAGES);
                if (best != null) {
                    return best;
                }
            } catch (IllegalArgumentException unreadable) {
                // A malformed header is a browser's mistake; the fallback language serves.
            }
        }
        return LANGUAGES.get(0);
    }

    /** The page being shown, for the language switch to come back to; a form's answer goes back to the start. */
    public String path() {
        return http.method() == io.vertx.core.http.HttpMethod.GET ? http.path() : "/console";
    }

    public String languageTag() {
        return locale().toLanguageTag();
    }

    /** Each language the console is written in, named in that language, for the switcher. */
    public List<Language> languages() {
        Locale current = locale();
        return LANGUAGES.stream().map(l -> new Language(l.toLanguageTag(), l.getDisplayLanguage(l), l.equals(current)))
                .toList();
    }

    public record Language(String tag, String name, boolean current) {
    }

    public static Optional<Locale> known(String tag) {
        return LANGUAGES.stream().filter(l -> l.toLanguageTag().equals(tag)).findFirst();
    }

    public ZoneId zone() {
        if (zone == null) {
            zone = chosenZone();
        }
        return zone;
    }

    private ZoneId chosenZone() {
        Cookie browser = http.getCookie(ZONE_COOKIE);
        if (browser != null) {
            try {
                return ZoneId.of(browser.getValue());
            } catch (DateTimeException unknownZone) {
                // A zone this JVM does not know: the country's zone serves.
            }
        }
        return countryZone;
    }

    public String zoneName() {
        return zone().getId();
    }

    /** A moment in the user's zone and language, e.g. "2 Dec 2026, 14:05". */
    public String time(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (times == null) {
            times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale())
                    .withZone(zone());
        }
        return times.format(instant);
    }

    /** The machine-readable form of the same moment, for {@code <time datetime>}. */
    public String isoTime(Instant instant) {
        return instant == null ? "" : instant.toString();
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    public String countryName(Country country) {
        return countryName(country, locale());
    }

    /** A country's name in {@code language}, or its code when the runtime knows no name for it. */
    public static String countryName(Country country, Locale language) {
        if (country == null) {
            return "";
        }
        String name = new Locale("", country.code()).getDisplayCountry(language);
        return name.isEmpty() ? country.code() : name;
    }

    public String languageName(String code) {
        if (code == null) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(locale());
        return name.isEmpty() ? code : name;
    }

    /** The template in the user's language. */
    public TemplateInstance localised(TemplateInstance template) {
        return template.setLocale(locale());
    }
}
