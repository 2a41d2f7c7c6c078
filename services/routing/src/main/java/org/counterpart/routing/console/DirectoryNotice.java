package org.counterpart.routing.console;

/** What a correspondent's last change to an entry did, said on the page they come back to. */
public enum DirectoryNotice {
    CREATED,
    SAVED,
    VERIFIED,
    DEACTIVATED
}
