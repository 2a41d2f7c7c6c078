package org.counterpart.mla.console;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every text of the console but the vocabulary's names ({@link VocabularyLabels}), in English here and in
 * each {@code messages/msg_<language>.properties} (Malay: {@code msg_ms}); {@code ConsoleMessagesTest}
 * fails when a language lacks one.
 */
@MessageBundle(value = "msg", locale = "en")
public interface ConsoleMessages {

    @Message("Counterpart")
    String product();

    @Message("Skip to the main content")
    String skipToContent();

    @Message("Console of {country}")
    String consoleOf(String country);

    @Message("Worklist")
    String worklist();

    @Message("Requests")
    String requests();

    @Message("New request")
    String newRequest();

    @Message("Signed in as {name}")
    String signedInAs(String name);

    @Message("Sign out")
    String signOut();

    @Message("You have signed out.")
    String signedOut();

    @Message("Sign in again")
    String signInAgain();

    @Message("Language")
    String language();

    @Message("Change")
    String change();

    @Message("Times are shown in {zone}.")
    String timesIn(String zone);

    @Message("What needs you now")
    String needsYouNow();

    @Message("Nothing here.")
    String nothingHere();

    @Message("Reference")
    String reference();

    @Message("Requested side's reference")
    String counterpartReference();

    @Message("Kind")
    String kind();

    @Message("Status")
    String status();

    @Message("Direction")
    String direction();

    @Message("Counterpart country")
    String counterpart();

    @Message("Measure")
    String measure();

    @Message("Created")
    String created();

    @Message("Last change")
    String lastChange();

    @Message("Created from")
    String createdFrom();

    @Message("Created until")
    String createdUntil();

    @Message("Any")
    String any();

    @Message("Filter")
    String filter();

    @Message("{count} requests")
    String requestCount(Integer count);

    @Message("{count} requests on this page, newest first")
    String requestsOnPage(Integer count);

    @Message("Pages of the list")
    String pages();

    @Message("The {shown} newest of {count}.")
    String newestOf(Integer shown, Integer count);

    @Message("The {shown} due soonest of {count}.")
    String soonestDueOf(Integer shown, Integer count);

    @Message("All requests, with filters")
    String wholeList();

    @Message("First page")
    String firstPage();

    @Message("Next page")
    String nextPage();

    @Message("Request {reference}")
    String requestTitle(String reference);

    @Message("Not found")
    String notFoundTitle();

    @Message("There is no such page or request, or it is not yours to see.")
    String notFound();

    @Message("This form has expired")
    String staleFormTitle();

    @Message("The form did not come from your current session, so nothing was done. Go back, reload the page and try again.")
    String staleForm();

    @Message("Back to the worklist")
    String backToWorklist();

    @Message("There is a problem")
    String problemTitle();

    @Message("What you can do now")
    String actionsNow();

    @Message("Nothing for you to do on this request now.")
    String noActions();

    @Message("Optional")
    String optional();

    @Message("History")
    String history();

    @Message("Sent ahead by fast means")
    String fastMeansTitle();

    @Message("How it was sent")
    String fastMeansHow();

    @Message("When it was sent (your time)")
    String fastMeansWhen();

    @Message("Record")
    String record();

    @Message("Sent by {channel} on {at}; the written confirmation (its transmission) is due by {due}.")
    String fastMeansSent(String channel, String at, String due);

    @Message("Assigned to")
    String assignedTo();

    @Message("Give it also to (user name)")
    String assignPerson();

    @Message("Assign")
    String assign();

    @Message("by {actor}")
    String by(String actor);

    @Message("Transport")
    String transport();

    @Message("Submitted to the exchange")
    String stepSubmitted();

    @Message("Relayed by the hub")
    String stepRelayed();

    @Message("Delivered")
    String stepDelivered();

    @Message("Retrieved by the other side")
    String stepRetrieved();

    @Message("Failed: {why}")
    String stepFailed(String why);

    @Message("Nothing sent yet.")
    String nothingSent();

    @Message("late")
    String late();

    @Message("Clocks")
    String clocks();

    @Message("No clock has warned.")
    String noClockAlerts();

    @Message("due {due}")
    String due(String due);

    @Message("Correspondence")
    String correspondence();

    @Message("No messages yet.")
    String noMessages();

    @Message("read {at}")
    String readAt(String at);

    @Message("unread")
    String unread();

    @Message("Mark as read")
    String markRead();

    @Message("Write to the other side")
    String writeMessage();

    @Message("Message")
    String messageBody();

    @Message("Send")
    String send();

    @Message("Your message was sent.")
    String messageSent();

    @Message("Attach a file (optional)")
    String attachFile();

    @Message("Accepted: {types}. At most {megabytes} MB, what this counterpart accepts.")
    String fileLimits(String types, Long megabytes);

    @Message("The file is larger than this counterpart accepts ({megabytes} MB).")
    String fileTooLarge(Long megabytes);

    @Message("Upload")
    String uploadProgress();

    @Message("digest")
    String digest();

    @Message("The request")
    String theRequest();

    @Message("Offence")
    String offence();

    @Message("Your domestic case (never sent)")
    String caseReference();

    @Message("Translation")
    String translationStatus();

    @Message("Handling")
    String handlingLevel();

    @Message("Summary of the facts")
    String summaryOfFacts();

    @Message("Legal basis")
    String legalBasis();

    @Message("Urgency")
    String urgency();

    @Message("Requested country")
    String requestedCountry();

    @Message("Last note")
    String lastNote();

    @Message("Could not be routed: {why}")
    String routingProblem(String why);

    @Message("Edit the draft")
    String editDraft();

    @Message("Draft a request for mutual legal assistance")
    String draftTitle();

    @Message("1. Where it goes")
    String whereItGoes();

    @Message("It would go to {authority}")
    String wouldGoTo(String authority);

    @Message("Languages it reads")
    String languagesRead();

    @Message("Channel")
    String channel();

    @Message("Why there")
    String whyThere();

    @Message("It cannot be routed now: {why}")
    String notRoutable(String why);

    @Message("The directory cannot be asked now; the draft can still be saved.")
    String previewUnavailable();

    @Message("Advice from the requested country's profile")
    String advice();

    @Message("2. The case")
    String theCase();

    @Message("3. The persons concerned")
    String persons();

    @Message("Person {number}")
    String person(Integer number);

    @Message("Role")
    String personRole();

    @Message("Name")
    String personName();

    @Message("Nationality (country code)")
    String personNationality();

    @Message("Where they are")
    String personLocation();

    @Message("Identification")
    String personIdentification();

    @Message("Questions to put, one per line")
    String questions();

    @Message("4. Victims of trafficking")
    String victims();

    @Message("Victim status")
    String victimStatus();

    @Message("Agency that identified the victim")
    String identifyingAgency();

    @Message("Does the non-punishment principle apply?")
    String nonPunishmentApplies();

    @Message("Forms of exploitation")
    String exploitationForms();

    @Message("Tick every form the case concerns. Codes only: they travel in clear for the region's figures.")
    String exploitationFormsHint();

    @Message("Number of victims")
    String victimCount();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Not said")
    String notSaid();

    @Message("Save the draft")
    String saveDraft();

    @Message("Check and mark ready")
    String checkAndMarkReady();

    @Message("The draft is saved. {count} things are still missing before it can be sent.")
    String gapsRemain(Integer count);

    @Message("Saved.")
    String saved();

    @Message("Done: {action}.")
    String done(String action);

    @Message("Fix these first")
    String fixFirst();

    @Message("{name} ({size} bytes, {type})")
    String attachmentLine(String name, Long size, String type);

    @Message("verified")
    String verified();

    @Message("not verified yet")
    String notVerified();

    @Message("Refusal grounds")
    String refusalGrounds();

    @Message("Forward to (directory entry)")
    String forwardTo();

    @Message("Name")
    String memberName();

    @Message("Agency")
    String memberAgency();

    @Message("Joins or leaves")
    String memberChange();

    @Message("Joins")
    String memberJoins();

    @Message("Leaves")
    String memberLeaves();

    @Message("When the person is handed over")
    String surrenderAt();

    @Message("Where")
    String surrenderPlace();

    @Message("Last day to collect the person")
    String surrenderCollectBy();

    @Message("Request for mutual legal assistance in criminal matters")
    String letterTitle();

    @Message("To the Central Authority of {country}")
    String letterTo(String country);

    @Message("From")
    String letterFrom();

    @Message("Date")
    String letterDate();

    @Message("{authority} presents its compliments and requests the assistance described below, under {basis}.")
    String letterIntro(String authority, String basis);

    @Message("The matter")
    String letterMatter();

    @Message("The assistance requested")
    String letterAssistance();

    @Message("Persons concerned")
    String letterPersons();

    @Message("Questions to be put")
    String letterQuestions();

    @Message("Signature, name and title for the requesting authority")
    String letterSignature();

    @Message("Official seal")
    String letterSeal();

    @Message("Letter of request (PDF)")
    String letterDownload();

    @Message("Print this request")
    String print();

    @Message("Prepared with Counterpart on {date}. The request travels through Counterpart; this letter is the signed original a requested State may also ask for.")
    String letterNote(String date);

    @Message("{what}.\n\nOpen it in the console: {link}\n\nThis e-mail says nothing of the request itself; sign in to read it. To stop these e-mails, untick \"E-mail me\" on your worklist: {settings}\n")
    String noticeMail(String what, String link, String settings);

    @Message("E-mail notices")
    String noticesTitle();

    @Message("E-mail me when something needs me: a new incoming request, information asked for, a message or enquiry, a clock warning or breach, a request returned. The e-mail only says what kind of thing, with a link; never the case.")
    String noticesWanted();

    @Message("Notices go to {email}, the address your account has.")
    String noticesAddress(String email);

    @Message("Your account has no e-mail address, so no notice can reach you.")
    String noticesNoAddress();

    @Message("Save my choice")
    String noticesSave();

    @Message("Your choice of e-mail notices was saved.")
    String noticesSaved();

    @Message("Where it went")
    String routingTitle();

    @Message("Routed to")
    String routedTo();

    @Message("Not yet placed: waiting for the regional desk")
    String notRouted();

    @Message("Assigned by the regional desk ({name})")
    String assignedByDesk(String name);

    @Message("Forwarded from")
    String forwardedFrom();

    @Message("Warnings")
    String routingWarnings();

    @Message("How the directory decided")
    String decisionPath();

    @Message("Directory version")
    String directoryVersion();
}
