package org.counterpart.events;

/**
 * Why the proceedings should move (to concentrate the prosecution where the suspect or the evidence is,
 * or because extradition of a national was refused), what the case file holds, and the extradition request
 * it follows from, when it does.
 */
public record TransferTerms(String reasons, String caseFile, String followsExtradition) {
}
