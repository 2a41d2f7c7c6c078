package org.counterpart.mla.console;

import java.util.List;

/** What the counterpart accepts, said next to the file input before anything is uploaded. */
public record UploadLimits(List<String> types, long maxBytes) {

    /** For the input's {@code accept} attribute. */
    public String accept() {
        return String.join(",", types);
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
