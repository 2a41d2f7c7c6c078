package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * What proving the sender costs per message: signing (the writer's outbox) and verifying (each
 * consumer) a JWS over the golden request.transmitted sample, on one thread, after a warm-up.
 * Run by {@code ./mvnw verify -Pbenchmark}; writes docs/benchmarks/signatures.md.
 */
class SignatureCostBenchmark {

    private static final int WARM_UP = 10_000;
    private static final int MEASURED = 10_000;

    @Test
    void signAndVerifyOneRequest() throws Exception {
        byte[] event;
        try (InputStream sample = getClass().getResourceAsStream("/samples/request-transmitted.v1.json")) {
            event = sample.readAllBytes();
        }
        KeyId id = new KeyId(Signer.country("TH"), 1);
        OctetKeyPair key = new OctetKeyPairGenerator(Curve.Ed25519).keyID(id.value()).generate();
        OctetKeyPair publicKey = key.toPublicJWK();

        long[] sign = new long[MEASURED];
        long[] verify = new long[MEASURED];
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            String signature = EventSignature.sign(event, id, key);
            long signed = System.nanoTime();
            EventSignature.verify(event, signature, publicKey);
            long verified = System.nanoTime();
            if (i >= WARM_UP) {
                sign[i - WARM_UP] = signed - start;
                verify[i - WARM_UP] = verified - signed;
            }
        }
        assertEquals(MEASURED, sign.length);
        write(event.length, sign, verify);
    }

    private static void write(int bytes, long[] sign, long[] verify) throws IOException {
        Arrays.sort(sign);
        Arrays.sort(verify);
        String report = """
                # Benchmark: signing and verifying a message

                Measured %s by `./mvnw verify -Pbenchmark` (`SignatureCostBenchmark`) on %d cores, %s, Java %s.
                JWS EdDSA (Ed25519) with nimbus-jose-jwt and Tink over the golden `request.transmitted` sample (%d bytes),
                detached payload; one thread, %d warm-up rounds, then %d measured.

                Every message is signed once (by its writer, in the outbox) and verified once per consumer
                that reads it: a request TH -> MY is verified by the hub and by MY; the hub's own notices
                by their recipient and tracking.

                | per message | p50 | p99 | mean |
                |---|---|---|---|
                | sign | %d µs | %d µs | %d µs |
                | verify | %d µs | %d µs | %d µs |
                """.formatted(LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name") + " " + System.getProperty("os.arch"), System.getProperty("java.version"),
                bytes, WARM_UP, MEASURED,
                micros(sign, 50), micros(sign, 99), Arrays.stream(sign).sum() / sign.length / 1000,
                micros(verify, 50), micros(verify, 99), Arrays.stream(verify).sum() / verify.length / 1000);
        Path file = ProjectLayout.detect().root().resolve("docs/benchmarks/signatures.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        System.out.println(report);
    }

    private static long micros(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)] / 1000;
    }
}
