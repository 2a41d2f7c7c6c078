package org.counterpart.system;

import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.counterpart.events.EventCodec;
import org.counterpart.events.EventType;
import org.counterpart.network.Countries;
import org.counterpart.network.KafkaProbe;
import org.counterpart.network.LocalNetwork;
import org.counterpart.network.ProjectLayout;
import org.junit.jupiter.api.Test;

/**
 * The whole path of a request under an open-loop load: requests arrive at a fixed rate whatever the
 * network's answers (so a slow network meets more work, as it would from real users, instead of fewer
 * clients), each drafted, readied, submitted and transmitted by Thailand, until Malaysia's service has
 * stored it. Beside it, on the same broker and service: POST-only throughput and Kafka's own end-to-end
 * latency. Writes docs/benchmarks/delivery.md; run with {@code ./mvnw verify -Pbenchmark}. Timings are
 * reported, never asserted.
 */
class DeliveryLoadBenchmark {

    private static final List<Integer> RATES = List.of(10, 25, 50, 100);
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    /** Before anything is measured, every service's code paths compiled by the JIT, as in a service that has run a while. */
    private static final Duration WARM_UP_ROUND = Duration.ofSeconds(10);
    /**
     * The warm-up goes on a round at a time until the JIT compilers use less than this share of the
     * services' CPU: before that, every figure measures compiling as much as serving.
     */
    private static final double SETTLED_COMPILER_SHARE = 0.10;
    private static final Duration LONGEST_WARM_UP = Duration.ofMinutes(4);
    private static final Duration MEASURED = Duration.ofSeconds(20);
    private static final int IDLE_REQUESTS = 20;
    /** Arrivals beyond this many unfinished are counted as refused by overload rather than queued without end. */
    private static final int MOST_IN_FLIGHT = 400;

    /** One request's moments, epoch milliseconds: transmit call, TH commit, hub in, hub out, MY stored. */
    record Journey(long transmitCalled, long committed, long hubIn, long hubOut, long stored) {
        long total() {
            return stored - transmitCalled;
        }
    }

    /** One fixed-rate step of the load. */
    record Step(String name, int rate, int offered, int failed, int overloaded, List<Journey> journeys, double deliveredPerSecond,
            double cpuSecondsPerRequest, double compilerShare) {
    }

    /** How long the whole path was warmed up, and the compilers' share of the CPU in its last round. */
    record WarmUp(Duration took, double compilerShare) {
    }

    @Test
    void transmitToStoredUnderOpenLoop() throws Exception {
        Instant began = Instant.now();
        try (LocalNetwork network = LocalNetwork.start(ProjectLayout.detect(), List.of(Countries.TH, Countries.MY),
                LocalNetwork.REGION)) {
            Duration startup = Duration.between(began, Instant.now());
            ServiceProcesses processes = ServiceProcesses.onPorts(Map.of(
                    URI.create(network.countryUrl(Countries.TH)).getPort(), "mla-request TH",
                    URI.create(network.countryUrl(Countries.MY)).getPort(), "mla-request MY",
                    URI.create(network.routingUrl()).getPort(), "routing",
                    URI.create(network.trackingUrl()).getPort(), "tracking"));
            Map<String, ServiceProcesses.Usage> atStart = processes.now();
            KafkaProbe admin = KafkaProbe.admin(network.exchangeSecrets());
            Client th = new Client(network);
            Map<String, Long> warmingUp = new HashMap<>();
            Instant warmUpBegan = Instant.now();
            double compilerShare;
            do {
                Cpu before = Cpu.of(processes);
                warmingUp.putAll(th.openLoop(10, WARM_UP_ROUND));
                compilerShare = Cpu.of(processes).compilerShareSince(before);
            } while (compilerShare > SETTLED_COMPILER_SHARE
                    && Duration.between(warmUpBegan, Instant.now()).compareTo(LONGEST_WARM_UP) < 0);
            WarmUp warmUp = new WarmUp(Duration.between(warmUpBegan, Instant.now()), compilerShare);
            // The baselines are taken on a quiet network: every warm-up request stored first, so neither
            // Kafka's latency nor the drafts share the cores with a backlog still draining.
            journeys(network, admin, warmingUp);
            long[] kafka = kafkaEndToEnd(admin.clientSettings(), 50, MEASURED);
            th.postOnly(WARM_UP, 8);
            double postOnly = th.postOnly(Duration.ofSeconds(10), 8);

            List<Step> steps = new ArrayList<>();
            steps.add(step(network, th, admin, processes, "idle (one at a time, 2 s apart)", 0, IDLE_REQUESTS));
            for (int rate : RATES) {
                steps.add(step(network, th, admin, processes, rate + " requests/s", rate, 0));
            }
            write(startup, warmUp, atStart, processes.now(), kafka, postOnly, steps);
        }
    }

    private static Step step(LocalNetwork network, Client th, KafkaProbe admin, ServiceProcesses processes, String name,
            int rate, int idleCount) throws Exception {
        if (rate > 0) {
            th.openLoop(rate, WARM_UP);
        }
        th.failures.set(0);
        Cpu before = Cpu.of(processes);
        Instant from = Instant.now();
        Map<String, Long> called = idleCount > 0 ? th.oneAtATime(idleCount, Duration.ofSeconds(2)) : th.openLoop(rate, MEASURED);
        int offered = idleCount > 0 ? idleCount : (int) (rate * MEASURED.toSeconds());
        List<Journey> journeys = journeys(network, admin, called);
        double seconds = journeys.isEmpty() ? 1
                : (journeys.stream().mapToLong(Journey::stored).max().orElseThrow() - from.toEpochMilli()) / 1000.0;
        Cpu after = Cpu.of(processes);
        double cpuPerRequest = (after.seconds() - before.seconds()) / Math.max(1, journeys.size());
        double compilerShare = after.compilerShareSince(before);
        int failed = th.failures.get();
        return new Step(name, rate, offered, failed, offered - called.size() - failed, journeys, journeys.size() / seconds,
                cpuPerRequest, compilerShare);
    }

    /** CPU seconds the services have used so far, and of them their JIT compilers'. */
    record Cpu(double seconds, double compilingSeconds) {
        static Cpu of(ServiceProcesses processes) {
            Map<String, ServiceProcesses.Usage> now = processes.now();
            return new Cpu(now.values().stream().mapToDouble(ServiceProcesses.Usage::cpuSeconds).sum(),
                    now.values().stream().mapToDouble(ServiceProcesses.Usage::compilerSeconds).sum());
        }

        /** The compilers' share of what the services used since {@code earlier}. */
        double compilerShareSince(Cpu earlier) {
            return (compilingSeconds - earlier.compilingSeconds) / Math.max(0.01, seconds - earlier.seconds);
        }
    }

    /** The moments of each request transmitted at {@code called}: from the topics and both countries' databases. */
    private static List<Journey> journeys(LocalNetwork network, KafkaProbe admin, Map<String, Long> called) {
        Duration wait = Duration.ofMinutes(3);
        Map<String, Long> hubIn = brokerTimes(admin, "counterpart.outbound.TH", called, wait);
        Map<String, Long> hubOut = brokerTimes(admin, "counterpart.inbound.MY", called, wait);
        Map<String, Long> committed = times(network, "mla_th", "transmitted_at", called);
        Map<String, Long> stored = times(network, "mla_my", "created_at", called);
        List<Journey> journeys = new ArrayList<>();
        called.forEach((id, at) -> {
            if (stored.containsKey(id) && hubIn.containsKey(id) && hubOut.containsKey(id)) {
                journeys.add(new Journey(at, committed.get(id), hubIn.get(id), hubOut.get(id), stored.get(id)));
            }
        });
        return journeys;
    }

    private static Map<String, Long> brokerTimes(KafkaProbe admin, String topic, Map<String, Long> ids, Duration wait) {
        Map<String, Long> times = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : admin.awaitAll(topic, r -> ids.containsKey(r.key())
                && EventCodec.deserialize(r.value()).type() == EventType.REQUEST_TRANSMITTED, ids.size(), wait)) {
            times.put(record.key(), record.timestamp());
        }
        return times;
    }

    /** Each request's {@code column} in {@code database}, once every one has it: an accepted request is never lost. */
    private static Map<String, Long> times(LocalNetwork network, String database, String column, Map<String, Long> ids) {
        Map<String, Long> times = new HashMap<>();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            try (Connection connection = network.connectAsSuperuser(database);
                    PreparedStatement select = connection.prepareStatement(
                            "select id::text, " + column + " from mla_request where id = any(?::uuid[]) and " + column + " is not null")) {
                select.setArray(1, connection.createArrayOf("text", ids.keySet().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        times.put(rows.getString(1), rows.getTimestamp(2).getTime());
                    }
                }
            }
            return times.size() == ids.size();
        });
        return times;
    }

    /** Kafka's own latency here: records sent at {@code rate} for {@code duration}, from send to a consumer's poll. */
    private static long[] kafkaEndToEnd(Properties settings, int rate, Duration duration) throws Exception {
        String topic = "benchmark.end-to-end";
        try (Admin admin = Admin.create(settings)) {
            if (!admin.listTopics().names().get().contains(topic)) {
                admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            }
        }
        Properties producerSettings = (Properties) settings.clone();
        producerSettings.put(ProducerConfig.ACKS_CONFIG, "all");
        producerSettings.put(ProducerConfig.LINGER_MS_CONFIG, "0");
        producerSettings.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        producerSettings.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        Properties consumerSettings = (Properties) settings.clone();
        consumerSettings.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        consumerSettings.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        int count = (int) (rate * duration.toSeconds());
        long[] latencies = new long[count];
        AtomicInteger received = new AtomicInteger();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerSettings);
                KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(consumerSettings)) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToEnd(List.of(partition));
            consumer.position(partition);
            ScheduledExecutorService sender = Executors.newSingleThreadScheduledExecutor();
            AtomicInteger sent = new AtomicInteger();
            sender.scheduleAtFixedRate(() -> {
                int n = sent.getAndIncrement();
                if (n < count) {
                    producer.send(new ProducerRecord<>(topic, ByteBuffer.allocate(8).putLong(System.nanoTime()).array()));
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            Instant deadline = Instant.now().plus(duration).plusSeconds(30);
            while (received.get() < count && Instant.now().isBefore(deadline)) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(100))) {
                    long arrived = System.nanoTime();
                    int n = received.getAndIncrement();
                    if (n < count) {
                        latencies[n] = (arrived - ByteBuffer.wrap(record.value()).getLong()) / 1_000_000;
                    }
                }
            }
            sender.shutdownNow();
        }
        return java.util.Arrays.copyOf(latencies, Math.min(count, received.get()));
    }

    /** Thailand's users: a prosecutor drafting, readying and submitting, the central authority transmitting. */
    private static final class Client {

        private final FilingClient filing;
        /** Calls answered with an error (not the status expected): reported, as a user would see them. */
        final AtomicInteger failures = new AtomicInteger();

        Client(LocalNetwork network) {
            this.filing = new FilingClient(network, Countries.TH, Countries.MY);
        }

        /** Drafts from {@code clients} closed-loop clients for {@code duration}: drafts created per second. */
        double postOnly(Duration duration, int clients) throws Exception {
            AtomicLong created = new AtomicLong();
            Instant end = Instant.now().plus(duration);
            ExecutorService pool = Executors.newFixedThreadPool(clients);
            List<Future<?>> work = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                work.add(pool.submit(() -> {
                    while (Instant.now().isBefore(end)) {
                        filing.draft();
                        created.incrementAndGet();
                    }
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
            pool.shutdown();
            return created.get() / (double) duration.toSeconds();
        }

        /** {@code count} requests, one at a time with {@code gap} between: the idle network's latency. */
        Map<String, Long> oneAtATime(int count, Duration gap) throws InterruptedException {
            Map<String, Long> called = new ConcurrentHashMap<>();
            ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
            pacer.scheduleWithFixedDelay(() -> {
                if (called.size() < count) {
                    String id = readySubmitted();
                    called.put(id, transmit(id));
                } else {
                    pacer.shutdown();
                }
            }, 0, gap.toMillis(), TimeUnit.MILLISECONDS);
            if (!pacer.awaitTermination(count * (gap.toSeconds() + 30), TimeUnit.SECONDS)) {
                throw new IllegalStateException("the idle series did not finish");
            }
            return called;
        }

        /** Requests arriving at {@code rate} per second for {@code duration}; each request's transmit call time by id. */
        Map<String, Long> openLoop(int rate, Duration duration) throws InterruptedException {
            Map<String, Long> called = new ConcurrentHashMap<>();
            Semaphore inFlight = new Semaphore(MOST_IN_FLIGHT);
            ExecutorService users = Executors.newCachedThreadPool();
            ScheduledExecutorService arrivals = Executors.newSingleThreadScheduledExecutor();
            int total = (int) (rate * duration.toSeconds());
            AtomicInteger arrived = new AtomicInteger();
            arrivals.scheduleAtFixedRate(() -> {
                if (arrived.getAndIncrement() < total && inFlight.tryAcquire()) {
                    users.submit(() -> {
                        try {
                            String id = readySubmitted();
                            called.put(id, transmit(id));
                        } catch (RuntimeException | AssertionError e) {
                            failures.incrementAndGet();
                        } finally {
                            inFlight.release();
                        }
                    });
                }
            }, 0, 1_000_000 / rate, TimeUnit.MICROSECONDS);
            // Shutting down cancels the periodic arrivals: the step ends when its duration has passed.
            arrivals.schedule(arrivals::shutdown, duration.toMillis(), TimeUnit.MILLISECONDS);
            if (!arrivals.awaitTermination(duration.toSeconds() + 5, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the arrivals of the " + rate + "/s step did not stop");
            }
            users.shutdown();
            if (!users.awaitTermination(5, TimeUnit.MINUTES)) {
                throw new IllegalStateException("requests of the " + rate + "/s step did not finish within 5 minutes");
            }
            return called;
        }

        private String readySubmitted() {
            UUID id = filing.draft();
            filing.readyAndSubmit(id);
            return id.toString();
        }

        private long transmit(String id) {
            long called = System.currentTimeMillis();
            filing.transmit(UUID.fromString(id));
            return called;
        }
    }

    private static void write(Duration startup, WarmUp warmUp, Map<String, ServiceProcesses.Usage> atStart,
            Map<String, ServiceProcesses.Usage> atEnd, long[] kafka, double postOnly, List<Step> steps)
            throws java.io.IOException {
        StringBuilder report = new StringBuilder("# Benchmark: a request's whole path under an open-loop load\n\n")
                .append(BenchmarkReport.measuredBy("DeliveryLoadBenchmark")).append('\n')
                .append("""
                        Network: Kafka, PostgreSQL (fsync and synchronous commit on), Keycloak, routing, tracking,
                        mla-request TH and MY, each its own process on this one machine, as the run command starts them.
                        The whole path at 10 requests/s first warms every service up (nothing of it is counted), %d s
                        at a time until the JIT compilers use under %.0f %% of the services' CPU (at most %d min): %d s
                        here, the compilers at %.0f %% in its last round. The baselines are taken once all of it is
                        stored, on a network with nothing left to do. The compilers' share is a lower bound: HotSpot
                        ends compiler threads it no longer needs, and an ended thread's time since the last
                        reading is lost.
                        Then requests arrive at a fixed rate whatever the answers (open loop), after a %d s warm-up at the
                        same rate, for %d s; each is drafted, readied, submitted and transmitted by TH, over keep-alive
                        `java.net.http` connections (the load's own CPU stays small). Latency runs from
                        the HTTP call that transmits to MY's service storing the request (its `created_at`, set as it
                        applies the message). Arrivals beyond %d unfinished are counted as overloaded, not queued.
                        Network start (until every service is ready): %d s.

                        """.formatted(WARM_UP_ROUND.toSeconds(), 100 * SETTLED_COMPILER_SHARE, LONGEST_WARM_UP.toMinutes(),
                                warmUp.took().toSeconds(), 100 * warmUp.compilerShare(), WARM_UP.toSeconds(), MEASURED.toSeconds(), MOST_IN_FLIGHT, startup.toSeconds()))
                .append("## Baselines on the same machine and broker\n\n| figure | value |\n|---|---|\n")
                .append("| POST /requests only, 8 closed-loop clients, after a warm-up | %.0f requests/s |\n".formatted(postOnly))
                .append("| Kafka end to end (acks=all, 50 records/s, send to poll) p50 / p99 / max | %d / %d / %d ms |\n\n"
                        .formatted(at(kafka, 50), at(kafka, 99), at(kafka, 100)))
                .append("## Transmit to stored\n\n")
                .append("| load | offered | failed | overloaded | stored | delivered/s | ratio to POST-only | p50 | p99 | max | p99 / Kafka p99 | CPU s per request | of it, JIT compiling |\n")
                .append("|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (Step step : steps) {
            long[] total = step.journeys().stream().mapToLong(Journey::total).toArray();
            report.append("| %s | %d | %d | %d | %d | %.1f | %.2f | %d ms | %d ms | %d ms | %.1f | %.3f | %.0f %% |\n".formatted(step.name(),
                    step.offered(), step.failed(), step.overloaded(), total.length, step.deliveredPerSecond(),
                    step.deliveredPerSecond() / postOnly, at(total, 50), at(total, 99), at(total, 100),
                    at(total, 99) / (double) Math.max(1, at(kafka, 99)), step.cpuSecondsPerRequest(),
                    100 * step.compilerShare()));
        }
        report.append("\n## Where the time goes (p50 / p99 of each stage on its own)\n\n")
                .append("| load | transmit call to TH commit | TH commit to `outbound.TH` (TH relay) | hub: `outbound.TH` to `inbound.MY` | `inbound.MY` to MY stored |\n")
                .append("|---|---|---|---|---|\n");
        for (Step step : steps) {
            List<Journey> j = step.journeys();
            report.append("| %s | %s | %s | %s | %s |\n".formatted(step.name(),
                    stage(j.stream().mapToLong(x -> x.committed() - x.transmitCalled()).toArray()),
                    stage(j.stream().mapToLong(x -> x.hubIn() - x.committed()).toArray()),
                    stage(j.stream().mapToLong(x -> x.hubOut() - x.hubIn()).toArray()),
                    stage(j.stream().mapToLong(x -> x.stored() - x.hubOut()).toArray())));
        }
        report.append("\n## Each service's process (resident memory, CPU seconds used during the run)\n\n")
                .append("| service | RSS at start | RSS at end | CPU s | of it, JIT compiling |\n|---|---|---|---|---|\n");
        atEnd.forEach((name, end) -> {
            ServiceProcesses.Usage start = atStart.getOrDefault(name, new ServiceProcesses.Usage(0, 0, 0));
            report.append("| %s | %d MiB | %d MiB | %.1f | %.1f |\n".formatted(name, start.rssMiB(), end.rssMiB(),
                    end.cpuSeconds() - start.cpuSeconds(), end.compilerSeconds() - start.compilerSeconds()));
        });
        BenchmarkReport.write("delivery.md", report.toString());
    }

    private static String stage(long[] millis) {
        return millis.length == 0 ? "-" : at(millis, 50) + " / " + at(millis, 99) + " ms";
    }

    /** The {@code percent} percentile of {@code values} (100: the maximum), sorting them in place; -1 when empty. */
    private static long at(long[] values, int percent) {
        if (values.length == 0) {
            return -1;
        }
        java.util.Arrays.sort(values);
        return BenchmarkReport.percentile(values, percent);
    }
}
