package org.counterpart.mla.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One access to case data, as the chain hashes it: who (name and roles, from the verified token), what
 * (action, request, target), when, from where (token client, address), and how it ended.
 */
public record AuditRecord(long seq, Instant recordedAt, String actor, List<String> roles, AuditAction action,
        UUID requestId, String target, String client, String address, AuditOutcome outcome, int status) {

    public AuditRecord {
        roles = List.copyOf(roles);
    }

    /**
     * The bytes the hash covers: every field in a fixed order, each length-prefixed (so no two records
     * share an encoding), absent fields marked as absent rather than empty.
     */
    byte[] canonical() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(seq);
            out.writeLong(recordedAt.getEpochSecond());
            out.writeInt(recordedAt.getNano());
            field(out, actor);
            out.writeInt(roles.size());
            for (String role : roles) {
                field(out, role);
            }
            field(out, action.name());
            field(out, requestId == null ? null : requestId.toString());
            field(out, target);
            field(out, client);
            field(out, address);
            field(out, outcome.name());
            out.writeInt(status);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void field(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeBoolean(false);
            return;
        }
        out.writeBoolean(true);
        byte[] utf8 = value.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }
}
