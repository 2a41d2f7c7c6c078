package org.counterpart.mla;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.counterpart.events.workflow.CooperationKind;
import org.counterpart.events.workflow.Role;
import org.counterpart.network.TestTokens;

/**
 * Drafts from Thailand to Malaysia that are complete for their kind, as the API takes them, and the Thai
 * users who act on them: an Object Mother for the kinds of cooperation.
 */
public final class CompleteDrafts {

    public static final String TH_POLICE = TestTokens.officer("police-th", "TH", "POLICE");
    public static final String TH_VICTIMS = TestTokens.token("victims-th", "TH", "victim-focal-point");
    public static final String MY_POLICE = TestTokens.officer("police-my", "MY", "POLICE");
    public static final String MY_VICTIMS = TestTokens.token("victims-my", "MY", "victim-focal-point");

    private CompleteDrafts() {
    }

    /** A Thai user holding {@code role}, as a signed token. */
    public static String thai(Role role) {
        return switch (role) {
            case PROSECUTOR -> Drafts.TH_PROSECUTOR;
            case CENTRAL_AUTHORITY -> Drafts.TH_AUTHORITY;
            case AGENCY_OFFICER -> TH_POLICE;
            case VICTIM_FOCAL_POINT -> TH_VICTIMS;
        };
    }

    /** The user name behind {@link #thai(Role)}. */
    public static String thaiUser(Role role) {
        return switch (role) {
            case PROSECUTOR -> "prosecutor-th";
            case CENTRAL_AUTHORITY -> "authority-th";
            case AGENCY_OFFICER -> "police-th";
            case VICTIM_FOCAL_POINT -> "victims-th";
        };
    }

    /** A draft of {@code kind} that may be marked ready as it is. */
    public static Map<String, Object> of(CooperationKind kind) {
        return switch (kind) {
            case MLA -> Drafts.validDraft();
            case INFORMAL_REQUEST -> draft(kind, null, "ROUTINE", informalContent(List.of("Who rents unit 4B?")));
            case SPONTANEOUS_INFORMATION -> draft(kind, null, "ROUTINE", informalContent(null));
            case EXTRADITION -> draft(kind, "BILATERAL_TREATY", "URGENT", extraditionContent());
            case JOINT_INVESTIGATION -> draft(kind, "UNTOC", "ROUTINE", jointInvestigationContent());
            case TRANSFER_OF_PROCEEDINGS -> draft(kind, "UNTOC", "ROUTINE", transferContent());
            case VICTIM_COOPERATION -> draft(kind, null, "ROUTINE", victimContent());
        };
    }

    private static Map<String, Object> draft(CooperationKind kind, String legalBasis, String urgency,
            Map<String, Object> content) {
        Map<String, Object> draft = new HashMap<>();
        draft.put("kind", kind.name());
        draft.put("requestedCountry", "MY");
        if (legalBasis != null) {
            draft.put("legalBasis", legalBasis);
        }
        draft.put("offence", "Trafficking in persons");
        draft.put("summaryOfFacts", "Victims were moved to a scam compound near the border.");
        draft.put("urgency", urgency);
        draft.put("content", content);
        return draft;
    }

    private static Map<String, Object> informalContent(List<String> questions) {
        Map<String, Object> content = base("STANDARD");
        content.put("purpose", "Locate the recruiters' safe house");
        if (questions != null) {
            content.put("questions", questions);
        }
        content.put("informal", Map.of("senderAgency", "POLICE", "receivingAgency", "POLICE",
                "conditionsOfUse", List.of("Intelligence only; not to be disclosed to the suspects")));
        return content;
    }

    private static Map<String, Object> extraditionContent() {
        Map<String, Object> content = base("RESTRICTED");
        content.put("requestingAuthority", "Office of the Attorney General, International Affairs Department");
        content.put("lawText", "Anti-Trafficking in Persons Act B.E. 2551, s. 6 and s. 52");
        content.put("maximumPenalty", "20 years' imprisonment");
        content.put("translationStatus", "NOT_NEEDED");
        content.put("urgencyReason", "The suspect is about to leave Malaysia");
        content.put("persons", List.of(Map.of("role", "SUSPECT", "name", "Suspect C", "nationality", "TH",
                "location", "Kuala Lumpur", "identification", "TH passport AA1234567")));
        content.put("extradition", Map.of("provisionalArrest", true, "fullRequestWillFollow", true,
                "offenceTimeAndPlace", "Mae Sot, March to June 2026", "personDescription", "Male, about 40, scar on left hand",
                "warrantOrJudgment", "Arrest warrant 123/2569 of the Mae Sot Provincial Court",
                "limitation", "15 years from the offence; not expired"));
        return content;
    }

    private static Map<String, Object> jointInvestigationContent() {
        Map<String, Object> content = base("RESTRICTED");
        content.put("requestingAuthority", "Office of the Attorney General, International Affairs Department");
        content.put("jointInvestigation", Map.of(
                "participatingAgencies", List.of("Royal Thai Police ATPD", "Royal Malaysia Police D3"),
                "scope", "The network recruiting for the compound in Myawaddy",
                "evidenceSharingRules", "Shared through the central authorities; admissible under each law",
                "endDate", LocalDate.now().plusMonths(6).toString(),
                "members", List.of(Map.of("name", "Pol. Col. A", "agency", "Royal Thai Police ATPD", "joining", true))));
        return content;
    }

    private static Map<String, Object> transferContent() {
        Map<String, Object> content = base("RESTRICTED");
        content.put("requestingAuthority", "Office of the Attorney General, International Affairs Department");
        content.put("lawText", "Anti-Trafficking in Persons Act B.E. 2551, s. 6 and s. 52");
        content.put("maximumPenalty", "20 years' imprisonment");
        content.put("translationStatus", "NOT_NEEDED");
        content.put("persons", List.of(Map.of("role", "SUSPECT", "name", "Suspect D", "nationality", "MY")));
        content.put("transfer", Map.of("reasons", "The suspect and most evidence are in Malaysia",
                "caseFile", "Police file 45/2569: statements, phone extraction, bank records"));
        return content;
    }

    private static Map<String, Object> victimContent() {
        Map<String, Object> content = base("VICTIM_SAFETY_CRITICAL");
        content.put("persons", List.of(Map.of("role", "VICTIM", "name", "Victim E", "nationality", "MY")));
        content.put("victim", Map.of("screening", "TRAFFICKING_VICTIM", "consent", "CONSENTED",
                "identifyingAgency", "TH Ministry of Social Development and Human Security",
                "identifiedOn", LocalDate.now().minusDays(3).toString(),
                "proceedingsNeedingVictim", "Witness in the Mae Sot trial, hearing in two months"));
        return content;
    }

    private static Map<String, Object> base(String handlingLevel) {
        Map<String, Object> content = new HashMap<>();
        content.put("language", "en");
        content.put("handlingLevel", handlingLevel);
        return content;
    }
}
