package org.counterpart.events;

/** Measures of assistance under the ASEAN Treaty on Mutual Legal Assistance in Criminal Matters, arts. 10-22. */
public enum AssistanceType {
    TAKING_EVIDENCE,
    MAKING_PERSONS_AVAILABLE,
    SERVICE_OF_DOCUMENTS,
    SEARCH_AND_SEIZURE,
    EXAMINING_OBJECTS_AND_SITES,
    CERTIFIED_COPIES_OF_RECORDS,
    LOCATING_AND_IDENTIFYING_PERSONS,
    PROCEEDS_OF_CRIME,
    OTHER_ASSISTANCE
}
