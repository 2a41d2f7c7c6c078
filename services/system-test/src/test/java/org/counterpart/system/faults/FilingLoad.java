package org.counterpart.system.faults;

import java.io.UncheckedIOException;
import java.net.http.HttpTimeoutException;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.counterpart.system.FilingClient;

/**
 * Thailand's users filing requests at a fixed rate whatever the network answers (open loop), with the
 * ledger of what they were told: a request whose transmit call answered 200 was accepted, and must reach
 * Malaysia exactly once whatever fails afterwards. Every other answer is counted by what the user saw.
 */
final class FilingLoad implements AutoCloseable {

    /** Arrivals beyond this many unfinished are turned away, so a hung network cannot exhaust the load. */
    private static final int MOST_IN_FLIGHT = 100;

    private final FilingClient filing;
    private final ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService users = Executors.newCachedThreadPool();
    private final Semaphore inFlight = new Semaphore(MOST_IN_FLIGHT);
    private final Map<UUID, Instant> accepted = new ConcurrentHashMap<>();
    private final Set<UUID> outcomeUnknown = ConcurrentHashMap.newKeySet();
    private final Map<String, Integer> refused = new ConcurrentHashMap<>();

    private FilingLoad(FilingClient filing) {
        this.filing = filing;
    }

    /** Starts filing {@code perSecond} requests a second. */
    static FilingLoad start(FilingClient filing, int perSecond) {
        FilingLoad load = new FilingLoad(filing);
        load.arrivals.scheduleAtFixedRate(load::arrive, 0, 1_000_000 / perSecond, TimeUnit.MICROSECONDS);
        return load;
    }

    private void arrive() {
        if (!inFlight.tryAcquire()) {
            refused.merge("turned away (100 unfinished)", 1, Integer::sum);
            return;
        }
        users.submit(() -> {
            try {
                file();
            } finally {
                inFlight.release();
            }
        });
    }

    private void file() {
        UUID id;
        try {
            id = filing.draft(UUID.randomUUID().toString());
            filing.readyAndSubmit(id);
        } catch (RuntimeException e) {
            refused.merge("before transmit: " + seen(e), 1, Integer::sum);
            return;
        }
        try {
            filing.transmit(id);
            accepted.put(id, Instant.now());
        } catch (FilingClient.Refused e) {
            refused.merge("transmit: " + seen(e), 1, Integer::sum);
        } catch (RuntimeException e) {
            // No answer: the service may or may not have committed. Not in the ledger, but looked for.
            outcomeUnknown.add(id);
            refused.merge("transmit: " + seen(e), 1, Integer::sum);
        }
    }

    /** What the user saw, in a word: the status, a timeout, a refused connection. */
    private static String seen(RuntimeException e) {
        if (e instanceof FilingClient.Refused refusal) {
            return String.valueOf(refusal.status);
        }
        if (e instanceof UncheckedIOException io) {
            return io.getCause() instanceof HttpTimeoutException ? "timeout" : "no connection";
        }
        return e.getClass().getSimpleName();
    }

    /** Stops arrivals and waits for the calls under way to be answered. */
    void stop() throws InterruptedException {
        arrivals.shutdownNow();
        users.shutdown();
        if (!users.awaitTermination(2, TimeUnit.MINUTES)) {
            throw new IllegalStateException("calls of the load were not answered within 2 minutes");
        }
    }

    /** The ledger: each request a user was told was accepted (transmit answered 200), with when. */
    Map<UUID, Instant> accepted() {
        return Map.copyOf(accepted);
    }

    /** Requests whose transmit call got no answer at all: they may have been sent, or not. */
    Set<UUID> outcomeUnknown() {
        return Set.copyOf(outcomeUnknown);
    }

    /** Calls the users saw fail, by what they saw. */
    Map<String, Integer> refused() {
        return new TreeMap<>(refused);
    }

    @Override
    public void close() throws InterruptedException {
        arrivals.shutdownNow();
        users.shutdownNow();
    }
}
