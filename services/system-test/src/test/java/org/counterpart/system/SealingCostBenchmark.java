package org.counterpart.system;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.counterpart.events.EventCodec;
import org.counterpart.events.RequestParticulars;
import org.counterpart.events.sealing.ContentSeal;
import org.counterpart.events.sealing.FileSeal;
import org.counterpart.events.sealing.SealBinding;
import org.counterpart.events.sealing.Sealed;
import org.counterpart.events.sealing.SealingKeyId;
import org.counterpart.network.Countries;
import org.junit.jupiter.api.Test;

/**
 * What keeping content from the hub costs: sealing a request's particulars for the requested country
 * (the sender, once) and opening them (the receiver, once), on one thread after a warm-up; and sealing
 * and opening a 10 MiB file. Run by {@code ./mvnw verify -Pbenchmark}; writes docs/benchmarks/sealing.md.
 */
class SealingCostBenchmark {

    private static final int WARM_UP = 5_000;
    private static final int MEASURED = 5_000;
    private static final int FILE_BYTES = 10 << 20;
    private static final int FILE_ROUNDS = 10;

    @Test
    void sealAndOpenOneRequestAndOneFile() throws Exception {
        RequestParticulars particulars = EventCodec.readJson(PARTICULARS.getBytes(StandardCharsets.UTF_8),
                RequestParticulars.class);
        OctetKeyPair malaysia = new OctetKeyPairGenerator(Curve.X25519).keyID(new SealingKeyId(Countries.MY, 1).value()).generate();
        OctetKeyPair publicKey = malaysia.toPublicJWK();
        SealBinding binding = new SealBinding(UUID.randomUUID(), Countries.TH, Countries.MY);

        long[] seal = new long[MEASURED];
        long[] open = new long[MEASURED];
        int sealedLength = 0;
        for (int i = 0; i < WARM_UP + MEASURED; i++) {
            long start = System.nanoTime();
            Sealed<RequestParticulars> sealed = ContentSeal.seal(particulars, binding, publicKey);
            long sealedAt = System.nanoTime();
            RequestParticulars opened = ContentSeal.open(sealed, RequestParticulars.class, binding, malaysia);
            long openedAt = System.nanoTime();
            if (i >= WARM_UP) {
                seal[i - WARM_UP] = sealedAt - start;
                open[i - WARM_UP] = openedAt - sealedAt;
                sealedLength = sealed.jwe().length();
            }
            if (i == 0) {
                assertEquals(particulars, opened);
            }
        }

        byte[] file = new byte[FILE_BYTES];
        new java.util.Random(1).nextBytes(file);
        byte[] key = FileSeal.newKey();
        UUID attachment = UUID.randomUUID();
        long[] sealFile = new long[FILE_ROUNDS];
        long[] openFile = new long[FILE_ROUNDS];
        for (int i = 0; i < FILE_ROUNDS * 2; i++) {
            long start = System.nanoTime();
            ByteArrayOutputStream ciphertext = new ByteArrayOutputStream(FILE_BYTES + (FILE_BYTES >> 8));
            try (OutputStream sealing = FileSeal.sealing(ciphertext, key, attachment)) {
                sealing.write(file);
            }
            long sealedAt = System.nanoTime();
            byte[] opened;
            try (InputStream opening = FileSeal.opening(new ByteArrayInputStream(ciphertext.toByteArray()), key, attachment)) {
                opened = opening.readAllBytes();
            }
            long openedAt = System.nanoTime();
            if (i >= FILE_ROUNDS) {
                sealFile[i - FILE_ROUNDS] = sealedAt - start;
                openFile[i - FILE_ROUNDS] = openedAt - sealedAt;
            } else {
                assertArrayEquals(file, opened);
            }
        }
        write(PARTICULARS.length(), sealedLength, seal, open, sealFile, openFile);
    }

    private static void write(int plainBytes, int sealedBytes, long[] seal, long[] open, long[] sealFile, long[] openFile)
            throws IOException {
        String report = """
                # Benchmark: sealing and opening case content

                %s
                JWE ECDH-ES (X25519) + A256GCM with nimbus-jose-jwt and Tink, over a request's particulars
                (offence, facts and treaty content with two persons: %d bytes of JSON, %d characters sealed);
                one thread, %d warm-up rounds, then %d measured. Files: Tink's streaming AES-256-GCM in 1 MiB
                segments over %d MiB, %d rounds after as many warm-up rounds.

                A request TH -> MY is sealed once (by TH, when it is transmitted) and opened once (by MY, when
                it is stored); the hub relays it without opening it. Each action with a note and each thread
                message costs the same again; receipts, acknowledgements and lifecycle facts carry nothing sealed.

                | per message | p50 | p99 | mean |
                |---|---|---|---|
                %s
                %s
                %s
                %s
                """.formatted(BenchmarkReport.measuredBy("SealingCostBenchmark"), plainBytes, sealedBytes, WARM_UP,
                MEASURED, FILE_BYTES >> 20, FILE_ROUNDS, BenchmarkReport.row("seal particulars", seal),
                BenchmarkReport.row("open particulars", open), BenchmarkReport.row("seal a 10 MiB file", sealFile),
                BenchmarkReport.row("open a 10 MiB file", openFile));
        BenchmarkReport.write("sealing.md", report);
    }

    private static final String PARTICULARS = """
            {"offence":"Trafficking in persons (forced criminality in an online scam centre)",
             "summaryOfFacts":"Recruits were promised jobs in Bangkok, moved across the border at night and held in a compound where they were forced to defraud strangers online; two witnesses who escaped now live in Johor Bahru.",
             "content":{"requestingAuthority":"Office of the Attorney General, International Affairs Department",
              "investigatingAuthority":"Anti-Trafficking in Persons Division, Royal Thai Police",
              "purpose":"Statements of two witnesses about recruitment, transport and the compound",
              "matterStatus":"Investigation; two suspects in custody","maximumPenalty":"20 years' imprisonment",
              "lawText":"Anti-Trafficking in Persons Act B.E. 2551, s. 6 and s. 52",
              "actsToEstablish":"Recruitment by deception, transport across the border, forced labour in fraud",
              "language":"en","translationStatus":"NOT_NEEDED","handlingLevel":"VICTIM_SAFETY_CRITICAL",
              "regionOfExecution":"MY-01","placeOfExecution":"Johor Bahru, Johor",
              "persons":[{"role":"WITNESS","name":"Witness A","location":"Johor Bahru","identification":"passport AA1234567"},
                         {"role":"VICTIM","name":"Victim B","nationality":"TH"}],
              "questions":["How were you recruited?","Who organised the border crossing?","Who ran the compound?"],
              "trafficking":{"victimStatus":"IDENTIFIED","identifyingAgency":"TH MSDHS","nonPunishment":true,
                             "videoLinkTestimonyPossible":true}}}
            """;
}
