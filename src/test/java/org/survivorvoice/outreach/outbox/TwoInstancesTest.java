package org.survivorvoice.outreach.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.TriggerBuilder;
import org.quartz.impl.SchedulerRepository;
import org.quartz.impl.StdSchedulerFactory;
import org.quartz.utils.ConnectionProvider;
import org.survivorvoice.outreach.OutreachConfig;
import org.survivorvoice.outreach.OutreachFixtures;
import org.survivorvoice.outreach.OutreachFixtures.Consent;
import org.survivorvoice.outreach.invitation.Occasion;
import org.survivorvoice.outreach.sender.OutboundSender;
import org.survivorvoice.testing.FakeTwilio;
import org.survivorvoice.testing.Fixtures;

/**
 * Two instances against one embedded database, each invitation sent once, inside this JVM: fast,
 * with a Quartz firing every 50 ms. {@link TwoInstancesIT} runs the packaged application twice as
 * separate processes. Here the two instances share only what two replicas share: the database. Each
 * "instance" is a Quartz scheduler of its own (clustered JDBC job store on the Flyway-made QRTZ_
 * tables, distinct instance ids) driving a dispatcher of its own (own claim owner id, own circuit
 * breaker). A second test hammers the claim with concurrent runs.
 */
@QuarkusTest
class TwoInstancesTest {

    private static final String CLUSTER = "outreach-two-instances";
    private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();

    @Inject Fixtures fixtures;
    @Inject OutreachFixtures outreach;
    @Inject OutboxDispatcher dispatcher;
    @Inject OutboxService outbox;
    @Inject DispatchService steps;
    @Inject OutboundSender sender;
    @Inject OutreachConfig config;
    @Inject AgroalDataSource dataSource;

    private long district;
    private String provider;

    @BeforeEach
    void cleanGateway() {
        outreach.cancelAllQueued();
        FakeTwilio.reset();
        district = fixtures.district().id;
        provider = fixtures.provider(district, "PANCHAYAT", "Hasnabad Gram Panchayat");
    }

    @Test
    void twoClusteredSchedulersSendEachInvitationOnce() throws Exception {
        Instant t0 = OutreachFixtures.noonIn(1);
        List<String> phones = invitations(40, t0);
        OutboxDispatcher other = new OutboxDispatcher(outbox, steps, sender, config);
        RUNS.clear();

        Scheduler a = scheduler("node-a", dispatcher, t0);
        Scheduler b = scheduler("node-b", other, t0);
        try {
            a.start();
            b.start();
            a.scheduleJob(
                    JobBuilder.newJob(DispatchJob.class).withIdentity("dispatch", CLUSTER).build(),
                    TriggerBuilder.newTrigger()
                            .withIdentity("dispatch", CLUSTER)
                            .startNow()
                            .withSchedule(
                                    SimpleScheduleBuilder.simpleSchedule()
                                            .withIntervalInMilliseconds(50)
                                            .repeatForever())
                            .build());
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (accepted(phones) < phones.size() && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            // let both nodes keep firing a while: a duplicate would show up now
            Thread.sleep(1_500);
            assertThat(checkedIn()).contains("node-a", "node-b");
        } finally {
            a.clear();
            a.shutdown(true);
            b.shutdown(true);
        }

        Map<String, Long> perPhone = requestsPerPhone(phones);
        assertThat(perPhone).hasSize(phones.size()).allSatisfy((p, n) -> assertThat(n).isOne());
        assertThat(RUNS.values().stream().mapToInt(AtomicInteger::get).sum()).isPositive();
    }

    @Test
    void concurrentRunsOfTwoDispatchersClaimDisjointMessages() throws Exception {
        Instant t0 = OutreachFixtures.noonIn(1);
        List<String> phones = invitations(40, t0);
        OutboxDispatcher other = new OutboxDispatcher(outbox, steps, sender, config);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<DispatchRun>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (OutboxDispatcher d : List.of(dispatcher, other, dispatcher, other)) {
                    runs.add(pool.submit(() -> d.dispatchDue(t0)));
                }
            }
            int sent = 0;
            for (Future<DispatchRun> run : runs) {
                sent += run.get(60, TimeUnit.SECONDS).sent();
            }
            assertThat(sent).isEqualTo(phones.size());
        } finally {
            pool.shutdownNow();
        }
        assertThat(requestsPerPhone(phones))
                .hasSize(phones.size())
                .allSatisfy((p, n) -> assertThat(n).isOne());
    }

    /** Runs one dispatcher pass on the instance the scheduler belongs to. */
    public static class DispatchJob implements Job {
        @Override
        public void execute(JobExecutionContext context) {
            try {
                var sc = context.getScheduler().getContext();
                RUNS.computeIfAbsent(
                                context.getScheduler().getSchedulerInstanceId(),
                                k -> new AtomicInteger())
                        .incrementAndGet();
                ((OutboxDispatcher) sc.get("dispatcher")).dispatchDue((Instant) sc.get("now"));
            } catch (SchedulerException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    /** Quartz's connections come from the application's pool, as in the jdbc-cmt store. */
    public static class AgroalConnections implements ConnectionProvider {
        @Override
        public Connection getConnection() throws SQLException {
            return Arc.container().instance(AgroalDataSource.class).get().getConnection();
        }

        @Override
        public void shutdown() {}

        @Override
        public void initialize() {}
    }

    private List<String> invitations(int count, Instant at) {
        List<String> phones = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = OutreachFixtures.phone();
            long survivor = outreach.survivor(district, phone, Consent.SMS_ONLY);
            outreach.invite(outreach.encounter(survivor, provider), Occasion.LOGGED, at);
            phones.add(phone);
        }
        return phones;
    }

    private static long accepted(List<String> phones) {
        Set<String> wanted = Set.copyOf(phones);
        return FakeTwilio.received().stream()
                .filter(r -> r.accepted() && wanted.contains(r.form().get("To")))
                .count();
    }

    private static Map<String, Long> requestsPerPhone(List<String> phones) {
        Set<String> wanted = Set.copyOf(phones);
        return FakeTwilio.received().stream()
                .map(r -> r.form().get("To"))
                .filter(wanted::contains)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private List<String> checkedIn() throws SQLException {
        List<String> nodes = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                ResultSet rs =
                        s.executeQuery(
                                "SELECT INSTANCE_NAME FROM QRTZ_SCHEDULER_STATE WHERE SCHED_NAME ="
                                        + " '"
                                        + CLUSTER
                                        + "'")) {
            while (rs.next()) {
                nodes.add(rs.getString(1));
            }
        }
        return nodes;
    }

    private static Scheduler scheduler(String node, OutboxDispatcher dispatcher, Instant now)
            throws SchedulerException {
        Properties p = new Properties();
        p.setProperty("org.quartz.scheduler.instanceName", CLUSTER);
        p.setProperty("org.quartz.scheduler.instanceId", node);
        p.setProperty("org.quartz.scheduler.skipUpdateCheck", "true");
        p.setProperty("org.quartz.threadPool.threadCount", "2");
        p.setProperty("org.quartz.jobStore.class", "org.quartz.impl.jdbcjobstore.JobStoreTX");
        p.setProperty(
                "org.quartz.jobStore.driverDelegateClass",
                "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
        p.setProperty("org.quartz.jobStore.tablePrefix", "QRTZ_");
        p.setProperty("org.quartz.jobStore.isClustered", "true");
        p.setProperty("org.quartz.jobStore.clusterCheckinInterval", "500");
        p.setProperty("org.quartz.jobStore.acquireTriggersWithinLock", "true");
        p.setProperty("org.quartz.jobStore.dataSource", "app");
        p.setProperty(
                "org.quartz.dataSource.app.connectionProvider.class",
                AgroalConnections.class.getName());
        Scheduler scheduler = new StdSchedulerFactory(p).getScheduler();
        // one JVM keeps schedulers by name; two cluster members share the name, so unregister
        SchedulerRepository.getInstance().remove(CLUSTER);
        scheduler.getContext().put("dispatcher", dispatcher);
        scheduler.getContext().put("now", now);
        return scheduler;
    }
}
