package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.IOException;
import java.io.InputStream;
import org.counterpart.events.signature.EventSignature;
import org.counterpart.events.signature.KeyId;
import org.counterpart.events.signature.Signer;
import org.counterpart.network.Countries;
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
        try (InputStream sample = getClass().getResourceAsStream(org.counterpart.events.EventType.REQUEST_TRANSMITTED.sampleResource())) {
            event = sample.readAllBytes();
        }
        KeyId id = new KeyId(Signer.country(Countries.TH), 1);
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
        String report = """
                # Benchmark: signing and verifying a message

                %s
                JWS EdDSA (Ed25519) with nimbus-jose-jwt and Tink over the golden `request.transmitted` sample (%d bytes),
                detached payload; one thread, %d warm-up rounds, then %d measured.

                Every message is signed once (by its writer, in the outbox) and verified once per consumer
                that reads it: a request TH -> MY is verified by the hub and by MY; the hub's own notices
                by their recipient and tracking.

                | per message | p50 | p99 | mean |
                |---|---|---|---|
                %s
                %s
                """.formatted(BenchmarkReport.measuredBy("SignatureCostBenchmark"), bytes, WARM_UP, MEASURED,
                BenchmarkReport.row("sign", sign), BenchmarkReport.row("verify", verify));
        BenchmarkReport.write("signatures.md", report);
    }
}
