package org.survivorvoice.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.Channel;
import org.survivorvoice.outreach.invitation.InvitationChannel;
import org.survivorvoice.outreach.invitation.InvitationStatus;
import org.survivorvoice.scoring.method.Band;
import org.survivorvoice.scoring.method.NamingRule;
import org.survivorvoice.scoring.method.ReviewLabel;
import org.survivorvoice.scoring.method.UnitScore;
import org.survivorvoice.survivor.SafeWindow;

/**
 * The DEMO preset seen on 2 December 2026 shows the whole product in its newest released quarter
 * (2026-Q3): every band, suppressed providers, providers the field reviews can name, and
 * invitations enough for a response rate.
 */
class DemoReleasedQuarterTest {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);
    private static final Duration RELEASE_DELAY = Duration.ofDays(30);
    private static final long SEED = 20260401;

    private static DemoProgramme programme;
    private static Quarter released;
    private static GeneratedScores now;
    private static GeneratedScores before;
    private static final List<DemoActivity> invited = new ArrayList<>();

    @BeforeAll
    static void generate() {
        programme = DemoProgramme.generate(SEED, DemoSize.DEMO, TODAY, KOLKATA);
        released = programme.newestReleased(RELEASE_DELAY);
        now = GeneratedScores.of(programme, released);
        before = GeneratedScores.of(programme, released.previous());
        programme
                .activities()
                .forEachRemaining(
                        a -> {
                            if (a.invitation() != null) {
                                invited.add(a);
                            }
                        });
    }

    @Test
    void theNewestReleasedQuarterFollowsTheReleaseDelay() {
        assertThat(released).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(released(LocalDate.of(2026, 10, 30))).isEqualTo(Quarter.parse("2026-Q2"));
        assertThat(released(LocalDate.of(2026, 10, 31))).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(released(LocalDate.of(2027, 1, 15))).isEqualTo(Quarter.parse("2026-Q3"));
        assertThat(released(LocalDate.of(2027, 1, 31))).isEqualTo(Quarter.parse("2026-Q4"));
    }

    @Test
    void theReleasedQuarterHasEveryBandAndSuppressedProviders() {
        Map<Band, Integer> bands = new EnumMap<>(Band.class);
        now.scored().forEach(p -> bands.merge(now.band(p), 1, Integer::sum));

        assertThat(bands.keySet()).containsExactlyInAnyOrder(Band.values());
        assertThat(bands.get(Band.WITHIN)).isGreaterThan(programme.providers().size() / 2);
        assertThat(now.suppressed()).isBetween(10, 40);
    }

    @Test
    void exemplaryAndFailingProvidersAreAHandfulOfBusyOnesFarFromTheirPeers() {
        for (QualityTier tier : List.of(QualityTier.EXEMPLARY, QualityTier.FAILING)) {
            List<DemoProvider> providers =
                    programme.providers().stream().filter(p -> p.tier() == tier).toList();

            assertThat(providers).as(tier.name()).hasSize(3);
            for (DemoProvider p : providers) {
                UnitScore score = now.of(p.index());
                assertThat(score.n()).as(p.name()).isGreaterThanOrEqualTo(80);
                assertThat(Math.abs(score.zD())).as(p.name()).isGreaterThan(1.96);
                assertThat(Math.signum(score.zD()))
                        .isEqualTo(tier == QualityTier.EXEMPLARY ? 1.0 : -1.0);
            }
        }
        assertThat(programme.providers())
                .filteredOn(p -> p.tier() == QualityTier.EXEMPLARY)
                .extracting(DemoProvider::category)
                .allMatch(c -> ProviderCategoryCode.valueOf(c).satisfaction() <= 0.66);
    }

    @Test
    void fieldReviewsOfTheStoredBandsNameGoodPracticeAndLaggardsAndLeaveOthersUnderReview() {
        List<FieldReviewPlan.Scored> scored = new ArrayList<>();
        for (int p : now.scored()) {
            long category =
                    ProviderCategoryCode.valueOf(programme.providers().get(p).category()).ordinal();
            scored.add(
                    new FieldReviewPlan.Scored(
                            p, category, now.band(p), before.band(p), now.of(p).zD()));
        }

        List<FieldReviewPlan.Review> reviews = FieldReviewPlan.choose(scored);

        Map<ReviewLabel, Integer> named = new EnumMap<>(ReviewLabel.class);
        Set<Long> namedProviders = new HashSet<>();
        for (FieldReviewPlan.Review r : reviews) {
            int p = (int) r.providerId();
            boolean byRule = NamingRule.named(now.band(p), before.band(p), r.label(), r.verified());
            assertThat(byRule).as("review of %d names it", p).isEqualTo(r.verified());
            assertThat(r.note()).isNotBlank().doesNotContainPattern("[0-9]{6}");
            if (r.verified()) {
                named.merge(r.label(), 1, Integer::sum);
                namedProviders.add(r.providerId());
            }
        }
        assertThat(named.get(ReviewLabel.GOOD_PRACTICE)).isBetween(1, FieldReviewPlan.MAX_NAMED);
        assertThat(named.get(ReviewLabel.LAGGARD)).isBetween(1, FieldReviewPlan.MAX_NAMED);
        assertThat(reviews).anyMatch(r -> !r.verified());
        long underReview =
                scored.stream()
                        .filter(s -> NamingRule.flagged(s.band()) || s.band() == Band.BELOW)
                        .filter(s -> !namedProviders.contains(s.providerId()))
                        .count();
        assertThat(underReview).isGreaterThanOrEqualTo(5);
    }

    @Test
    void reviewsAreDatedAfterTheReleaseAndBeforeToday() {
        Instant todayStart = TODAY.atStartOfDay(KOLKATA).toInstant();
        Instant release = LocalDate.of(2026, 10, 31).atStartOfDay(KOLKATA).toInstant();

        for (int n = 0; n < 8; n++) {
            Instant at =
                    FieldReviewPlan.reviewedAt(released, RELEASE_DELAY, todayStart, KOLKATA, n);
            assertThat(at).isAfter(release).isBefore(todayStart);
        }
        Instant lateToday = LocalDate.of(2026, 10, 31).atStartOfDay(KOLKATA).toInstant();
        assertThat(FieldReviewPlan.reviewedAt(released, RELEASE_DELAY, lateToday, KOLKATA, 0))
                .isBefore(lateToday);
    }

    @Test
    void theReleasedQuarterHasSentAnsweredAndUnansweredInvitationsOnEveryChannel() {
        long sent = 0;
        long answered = 0;
        Set<InvitationChannel> channels = EnumSet.noneOf(InvitationChannel.class);
        Set<InvitationStatus> statuses = EnumSet.noneOf(InvitationStatus.class);
        for (DemoActivity a : invited) {
            DemoInvitation i = a.invitation();
            statuses.add(i.status());
            if (!released.toString().equals(i.sentPeriod())) {
                continue;
            }
            // the view outreach_response_rate: answered when the encounter has a rating
            sent++;
            answered += a.rating() != null ? 1 : 0;
            channels.add(i.channel());
        }

        assertThat(sent).isGreaterThanOrEqualTo(11);
        assertThat(answered).isPositive().isLessThan(sent);
        assertThat(channels).containsExactlyInAnyOrder(InvitationChannel.values());
        assertThat(statuses)
                .contains(
                        InvitationStatus.ANSWERED,
                        InvitationStatus.EXPIRED,
                        InvitationStatus.SENT,
                        InvitationStatus.SKIPPED,
                        InvitationStatus.CANCELLED);
        assertThat(
                        invited.stream()
                                .map(a -> a.invitation().sentPeriod())
                                .filter(p -> p != null)
                                .distinct())
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void invitationsFollowConsentSafeHoursAndTheirEncounters() {
        Instant todayStart = TODAY.atStartOfDay(KOLKATA).toInstant();
        Map<Long, DemoActivity> byEncounter = new HashMap<>();
        for (DemoActivity a : invited) {
            DemoInvitation i = a.invitation();
            DemoSurvivor s = programme.survivors().get(i.survivorIndex());
            assertThat(byEncounter.put(i.encounterIndex(), a)).isNull();
            assertThat(i.survivorIndex()).isEqualTo(a.encounter().survivorIndex());
            assertThat(i.providerIndex()).isEqualTo(a.encounter().providerIndex());
            assertThat(i.language()).isEqualTo(s.language());
            assertThat(i.createdAt()).isEqualTo(a.encounter().outcomeChangedAt());
            assertThat(i.expiresAt()).isEqualTo(i.createdAt().plus(Duration.ofDays(14)));
            assertThat(i.updatedAt()).isAfterOrEqualTo(i.createdAt()).isBefore(todayStart);
            if (i.channel() == null) {
                assertThat(i.status()).isEqualTo(InvitationStatus.SKIPPED);
            }
            if (i.sent()) {
                SafeWindow window = new SafeWindow(s.safeFrom(), s.safeTo(), KOLKATA);
                assertThat(window.contains(i.sentAt())).as("sent in her safe hours").isTrue();
                assertThat(i.sentAt()).isAfterOrEqualTo(i.createdAt()).isBefore(todayStart);
                assertThat(i.sentPeriod())
                        .isEqualTo(Quarter.of(i.sentAt().atZone(KOLKATA).toLocalDate()).toString());
                assertThat(i.lastSentAt())
                        .isEqualTo(i.sentAt().plus(Duration.ofDays(3L * i.remindersSent())));
                assertThat(consents(s, i.channel())).isTrue();
            }
            switch (i.status()) {
                case EXPIRED -> {
                    assertThat(a.rating()).isNull();
                    assertThat(i.expiresAt()).isBefore(todayStart);
                }
                case SENT -> assertThat(i.expiresAt()).isAfterOrEqualTo(todayStart);
                default -> {}
            }
        }
        programme
                .activities()
                .forEachRemaining(
                        a -> {
                            DemoRating r = a.rating();
                            if (r == null || !r.verified() || !remote(r.channel())) {
                                return;
                            }
                            DemoInvitation i = a.invitation();
                            assertThat(i)
                                    .as("a remote verified rating answers an invitation")
                                    .isNotNull();
                            assertThat(i.status()).isEqualTo(InvitationStatus.ANSWERED);
                            assertThat(InvitationModel.answeredOn(i.channel()))
                                    .isEqualTo(r.channel());
                            assertThat(r.ratedAt()).isAfter(i.sentAt()).isBefore(i.expiresAt());
                            assertThat(i.updatedAt()).isEqualTo(r.ratedAt());
                        });
    }

    private static Quarter released(LocalDate today) {
        return DemoProgramme.generate(SEED, new DemoSize(8, 10, 0), today, KOLKATA)
                .newestReleased(RELEASE_DELAY);
    }

    private static boolean remote(Channel channel) {
        return channel == Channel.WEB || channel == Channel.SMS || channel == Channel.IVR;
    }

    private static boolean consents(DemoSurvivor s, InvitationChannel channel) {
        return switch (channel) {
            case SMS_LINK -> s.consentSms() && s.consentWebLink();
            case SMS_CONVERSATION -> s.consentSms();
            case IVR_CALL -> s.consentIvr() && s.ivrPin() >= 0;
        };
    }
}
