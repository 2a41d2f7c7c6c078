package org.counterpart.routing.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * The regional console's texts in English ({@code msg:...}); {@code messages/msg_<language>.properties}
 * says them in the other languages (DeskMessagesTest checks every one is there).
 */
@MessageBundle(value = "msg", locale = "en")
public interface DeskMessages {

    @Message("Counterpart")
    String product();

    @Message("Regional console")
    String regionalConsole();

    @Message("Skip to the main content")
    String skipToContent();

    @Message("Worklist")
    String worklist();

    @Message("Directory")
    String directory();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Language")
    String language();

    @Message("Change")
    String change();

    @Message("Sign out")
    String signOut();

    @Message("Times are shown in {zone}.")
    String timesIn(String zone);

    @Message("Page not found")
    String notFoundTitle();

    @Message("There is nothing at this address that you may see. Check the address, or go back to your worklist.")
    String notFound();

    @Message("Back to your worklist")
    String backToWorklist();

    @Message("The form has expired")
    String staleFormTitle();

    @Message("Nothing was changed: the form did not come from your current session. Open the page again and repeat what you were doing.")
    String staleForm();

    @Message("You have signed out")
    String signedOut();

    @Message("Sign in again")
    String signInAgain();

    @Message("What needs you now")
    String needsYouNow();

    @Message("Nothing here.")
    String nothingHere();

    @Message("The directory by country")
    String directoryOverview();

    @Message("Country")
    String country();

    @Message("Active entries")
    String activeEntries();

    @Message("Not confirmed for too long")
    String staleEntries();

    @Message("Version")
    String version();

    @Message("There is a problem")
    String problemTitle();

    @Message("The directory found no contact point for these requests. They wait at the hub, sealed, until you give each to an authority of the requested country; the reason you give is recorded with the routing decision and both countries are told.")
    String unroutableHint();

    @Message("The request was assigned and delivered.")
    String assigned();

    @Message("Request")
    String request();

    @Message("Held since")
    String decidedAt();

    @Message("Why")
    String why();

    @Message("Legal basis")
    String legalBasis();

    @Message("Warnings")
    String warnings();

    @Message("How the directory decided")
    String decisionPath();

    @Message("{country} has no active entry to assign this request to. Ask its correspondent to add one.")
    String noCandidates(String country);

    @Message("Give it to")
    String assignTo();

    @Message("Choose …")
    String choose();

    @Message("Why this authority (kept on the record)")
    String assignReason();

    @Message("Assign and deliver")
    String assign();

    @Message("Messages a service could not apply, with the reason. Once the cause is fixed, replay a letter: it goes back once to the topic it came from, and is skipped if it had been applied after all. Case content is never shown here.")
    String deadLettersHint();

    @Message("Letter {position} was put back.")
    String replayed(String position);

    @Message("Parked")
    String parkedAt();

    @Message("Letter")
    String letter();

    @Message("Consumer")
    String consumer();

    @Message("State")
    String state();

    @Message("Not a readable event")
    String unreadable();

    @Message("Replayed by {name} on {time}")
    String replayedBy(String name, String time);

    @Message("Replay letter {partition}/{offset}")
    String replayLetter(int partition, long offset);

    @Message("Replay")
    String replay();

    @Message("Directory of {country}")
    String directoryOf(String country);

    @Message("Imported as {version}: {created} created, {updated} updated, {deactivated} deactivated, {unchanged} unchanged.")
    String imported(String version, int created, int updated, int deactivated, int unchanged);

    @Message("The file was not imported: nothing changed. Correct these lines and import it again.")
    String importRefused();

    @Message("Line")
    String line();

    @Message("Field")
    String field();

    @Message("Problem")
    String problem();

    @Message("All countries")
    String allCountries();

    @Message("Only entries not confirmed for too long")
    String staleOnly();

    @Message("Show")
    String show();

    @Message("Directory version {version}")
    String directoryVersion(String version);

    @Message("Export as a file")
    String export();

    @Message("New entry")
    String newEntry();

    @Message("Entry")
    String entry();

    @Message("Role")
    String role();

    @Message("Languages")
    String languages();

    @Message("Last confirmed")
    String lastVerified();

    @Message("Actions")
    String actions();

    @Message("Never")
    String never();

    @Message("not confirmed for too long")
    String stale();

    @Message("illustrative seed data")
    String illustrative();

    @Message("Confirm {id} is current")
    String verifyEntry(String id);

    @Message("Confirm current")
    String verify();

    @Message("Deactivate {id}")
    String deactivateEntry(String id);

    @Message("Deactivate")
    String deactivate();

    @Message("Import a file")
    String importTitle();

    @Message("A file exported here, edited: its entries replace your country's, as one version; entries not in it are deactivated. Every problem is shown by line and field, and then nothing changes.")
    String importHint();

    @Message("File (JSON)")
    String importFile();

    @Message("Import")
    String importButton();

    @Message("Last changed in")
    String changedIn();

    @Message("Identifier")
    String entryId();

    @Message("Your country code, a hyphen, then capitals, digits or hyphens, e.g. TH-OAG-IAD. It cannot change later.")
    String entryIdHint();

    @Message("Authority")
    String authority();

    @Message("ISO 639 codes in lower case, separated by spaces, e.g. th en")
    String codesHint();

    @Message("Languages for urgent requests")
    String urgentLanguages();

    @Message("Only when they differ from the languages above.")
    String urgentLanguagesHint();

    @Message("Channel")
    String channel();

    @Message("Measures it executes")
    String measures();

    @Message("Legal instruments it accepts")
    String legalInstruments();

    @Message("None ticked means all.")
    String allIfNone();

    @Message("Provinces or states it serves")
    String regions();

    @Message("ISO 3166-2 codes separated by spaces, e.g. TH-10; empty for the whole country.")
    String regionsHint();

    @Message("Largest attachment it accepts (MB)")
    String attachmentLimit();

    @Message("Requires an electronic signature")
    String eSignatureRequired();

    @Message("Requires encryption")
    String encryptionRequired();

    @Message("Who keeps this entry")
    String owner();

    @Message("A team or a function, not a person's name.")
    String ownerHint();

    @Message("Saving confirms the entry as current today.")
    String savingConfirms();

    @Message("Create entry")
    String create();

    @Message("Save")
    String save();

    @Message("All")
    String all();

    @Message("Back to the directory")
    String backToDirectory();
}
