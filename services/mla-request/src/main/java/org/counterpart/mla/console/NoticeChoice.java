package org.counterpart.mla.console;

/** The worklist's e-mail setting: the address notices go to (none if the account has none), whether they are wanted. */
public record NoticeChoice(String email, boolean wanted, boolean saved) {
}
