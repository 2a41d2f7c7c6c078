package org.counterpart.mla.attachment;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Supplier;
import org.counterpart.events.sealing.FileSeal;

/** A stored file as an HTTP answer: streamed, typed, sized, named, and with its digest. */
final class Downloads {

    private Downloads() {
    }

    /** {@code content} is opened only when the body is written, so an answer never written leaks nothing. */
    static Response of(Attachment attachment, Supplier<InputStream> content) {
        StreamingOutput body = out -> {
            try (InputStream in = content.get()) {
                in.transferTo(out);
            }
        };
        String digest = Base64.getEncoder().encodeToString(HexFormat.of().parseHex(attachment.sha256));
        return Response.ok(body, attachment.mediaType)
                .header(HttpHeaders.CONTENT_LENGTH, attachment.sizeBytes)
                .header("Repr-Digest", "sha-256=:" + digest + ":")
                // A file from another country must never be rendered as a page of this service.
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "attachment; filename=\"" + asciiFallback(attachment.filename)
                        + "\"; filename*=UTF-8''" + rfc5987(attachment.filename))
                .build();
    }

    /**
     * The file sealed for the counterpart that collects it through the hub: ciphertext only, without its
     * name, length or digest, which the counterpart has from the sealed message and checks once opened.
     */
    static Response sealed(Attachment attachment, Supplier<InputStream> content) {
        StreamingOutput body = out -> {
            try (InputStream in = content.get(); OutputStream sealing = FileSeal.sealing(out, attachment.fileKey, attachment.id)) {
                in.transferTo(sealing);
            }
        };
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    private static String asciiFallback(String filename) {
        return filename.replaceAll("[^\\x20-\\x7E]|[\"\\\\]", "_");
    }

    private static String rfc5987(String filename) {
        return URLEncoder.encode(filename, StandardCharsets.UTF_8)
                .replace("+", "%20").replace("*", "%2A").replace("%7E", "~");
    }
}
