package org.counterpart.mla.attachment;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Base64;
import java.util.HexFormat;

/** A stored file as an HTTP answer: streamed, typed, sized, named, and with its digest. */
final class Downloads {

    private Downloads() {
    }

    static Response of(Attachment attachment, InputStream content) {
        StreamingOutput body = out -> {
            try (InputStream in = content) {
                in.transferTo(out);
            }
        };
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256));
        return Response.ok(body, attachment.mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, attachment.sizeBytes)
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                .header("Content-Disposition", "attachment; filename*=UTF-8''"
                        + java.net.URLEncoder.encode(attachment.filename, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
