package org.survivorvoice.reports.data;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.survivorvoice.privacy.CommentRedaction;
import org.survivorvoice.reports.data.ScoreReadQueries.Snapshot;
import org.survivorvoice.scoring.ScoringConfig;

/**
 * The Comments sheet of an official's edition: comments of the quarter's valid ratings of providers
 * past suppression, redacted of every area and provider name before they leave this class.
 */
final class CommentSection {

    private final Edition edition;
    private final ActivityQueries activity;
    private final DirectoryQueries directory;
    private final ScoringConfig scoringConfig;

    CommentSection(
            Edition edition,
            ActivityQueries activity,
            DirectoryQueries directory,
            ScoringConfig scoringConfig) {
        this.edition = edition;
        this.activity = activity;
        this.directory = directory;
        this.scoringConfig = scoringConfig;
    }

    List<ReportData.CommentRow> comments() {
        Set<Long> pastSuppression =
                edition.snapshots.stream().map(Snapshot::providerId).collect(Collectors.toSet());
        var raw = activity.comments(edition.period, pastSuppression, scoringConfig.verifiedOnly());
        if (raw.isEmpty()) {
            return List.of();
        }
        CommentRedaction redaction =
                new CommentRedaction(
                        directory.areaNames(), directory.providerNames(Optional.empty()));
        return raw.stream()
                .map(
                        c ->
                                new ReportData.CommentRow(
                                        c.provider(), c.category(), redaction.redact(c.text())))
                .toList();
    }
}
