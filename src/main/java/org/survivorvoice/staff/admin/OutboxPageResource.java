package org.survivorvoice.staff.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.config.SurvivorVoiceConfig;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.QueryParameters;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;
import org.survivorvoice.outreach.outbox.OutboxItem;
import org.survivorvoice.outreach.outbox.OutboxService;
import org.survivorvoice.outreach.outbox.OutboxStatus;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/outbox}: outbound messages and calls as {@code GET /api/v1/outbox} lists them, less
 * what a page need not show: no preview of the text (the message body), no sender number and no
 * gateway error (which can quote a number). The recipient is only the survivor id.
 */
@Path("/staff/outbox")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class OutboxPageResource {

    private static final DateTimeFormatter MINUTES =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final StaffPages pages;
    private final OutboxService outbox;
    private final ZoneId zone;
    private final Template page;

    public OutboxPageResource(
            StaffPages pages,
            OutboxService outbox,
            SurvivorVoiceConfig config,
            @Location("staff/admin/outbox.html") Template page) {
        this.pages = pages;
        this.outbox = outbox;
        this.zone = config.timeZone();
        this.page = page;
    }

    /** A message as the page prints it. */
    public record Row(
            long id,
            Long survivorId,
            String channel,
            String kind,
            String template,
            String language,
            String status,
            int attempts,
            String created,
            String nextAttempt,
            String sent,
            String statusChanged) {}

    /** A status of the filter. */
    public record StatusChoice(String value, boolean current) {}

    @GET
    @Operation(summary = "Outbox page: outbound messages and calls (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(mediaType = "text/html"))
    @APIResponse(
            responseCode = "400",
            description = "Unknown status or page",
            content = @Content(mediaType = "text/html"))
    public Response list(
            @QueryParam("status") String status, @QueryParam("page") String pageNumber) {
        OutboxStatus chosen;
        PageRequest request;
        try {
            chosen = QueryParameters.enumValue("status", OutboxStatus.class, status);
            request = PageRequest.of(pageNumber, null);
        } catch (DomainException e) {
            return pages.notice(
                    400, "admin.outbox.title", "admin.outbox.bad-filter", "/staff/outbox");
        }
        PageResult<OutboxItem> items = outbox.list(chosen, request);
        List<Row> rows = items.items().stream().map(this::row).toList();
        return pages.html(
                pages.page(page, "admin.outbox.title")
                        .data("rows", rows)
                        .data("total", items.total())
                        .data("status", chosen == null ? "" : chosen.name())
                        .data(
                                "statuses",
                                Arrays.stream(OutboxStatus.values())
                                        .map(s -> new StatusChoice(s.name(), s == chosen))
                                        .toList())
                        .data(
                                "hasNext",
                                (long) (request.page() + 1) * request.size() < items.total())
                        .data("next", request.page() + 1)
                        .data("previous", request.page() - 1));
    }

    private Row row(OutboxItem m) {
        return new Row(
                m.id(),
                m.survivorId(),
                m.channel().name(),
                m.kind().name(),
                m.templateKey(),
                m.language(),
                m.status().name(),
                m.attempts(),
                time(m.createdAt()),
                time(m.nextAttemptAt()),
                time(m.sentAt()),
                time(m.statusChangedAt()));
    }

    private String time(Instant instant) {
        return instant == null ? "" : MINUTES.format(instant.atZone(zone));
    }
}
