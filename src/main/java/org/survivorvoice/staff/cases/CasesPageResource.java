package org.survivorvoice.staff.cases;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.safetydesk.CaseStatus;
import org.survivorvoice.safetydesk.CaseUpdate;
import org.survivorvoice.safetydesk.SafetyCaseQueries;
import org.survivorvoice.safetydesk.SafetyCaseService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/cases}: the field worker's safety desk, through the same {@link SafetyCaseQueries}
 * and {@link SafetyCaseService} as {@code /api/v1/cases}, with their area rule (another area's case
 * is a 404) and their audit: the list (no text, no number), a case's page (her words, the notes,
 * the forms that move it on, what to read before calling), and the reveal form whose answer is the
 * only page that ever shows her number.
 */
@Path("/staff/cases")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
@StaffPage
@Produces(MediaType.TEXT_HTML)
public class CasesPageResource {

    private final SafetyCaseQueries queries;
    private final SafetyCaseService cases;
    private final CasePages pages;
    private final StaffPages staffPages;

    public CasesPageResource(
            SafetyCaseQueries queries,
            SafetyCaseService cases,
            CasePages pages,
            StaffPages staffPages) {
        this.queries = queries;
        this.cases = cases;
        this.pages = pages;
        this.staffPages = staffPages;
    }

    @GET
    @Operation(summary = "Safety cases page: the caller's cases, overdue ones first (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The list",
            content = @Content(mediaType = "text/html"))
    public Response list(@QueryParam("status") String status) {
        String filter = status == null || status.isBlank() ? "all" : status.strip();
        if (!CasePages.FILTERS.contains(filter)) {
            return pages.badFilter();
        }
        Optional<CaseStatus> only =
                filter.equals("all")
                        ? Optional.empty()
                        : Optional.of(CaseStatus.valueOf(filter.toUpperCase(Locale.ROOT)));
        return pages.list(filter, queries.list(only));
    }

    @GET
    @Path("/{id:[0-9]{1,18}}")
    @Operation(summary = "Safety case page: her words, notes, forms, consent (HTML, audited)")
    @APIResponse(
            responseCode = "200",
            description = "The case",
            content = @Content(mediaType = "text/html"))
    public Response show(@PathParam("id") long id, @QueryParam("done") String done) {
        String notice =
                done != null && List.of("contacted", "closed", "noted").contains(done)
                        ? "cases.done." + done
                        : null;
        try {
            return pages.detail(200, cases.view(id), notice, List.of());
        } catch (NotFoundException e) {
            return pages.notFound();
        }
    }

    @POST
    @Path("/{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Safety case page: mark contacted, close with an outcome, or add a note")
    public Response act(
            @PathParam("id") long id,
            @FormParam("action") String action,
            @FormParam("outcome") String outcome,
            @FormParam("note") String note) {
        String given = note == null || note.isBlank() ? null : note;
        CaseUpdate update;
        try {
            update = CaseForms.update(action, outcome, given);
        } catch (InvalidInputException e) {
            return refused(id, 400, List.of("cases.error." + e.violations().get(0).field()));
        }
        try {
            cases.update(id, update);
            return staffPages.seeOther("/staff/cases/" + id + "?done=" + CaseForms.done(update));
        } catch (NotFoundException e) {
            return pages.notFound();
        } catch (DomainException e) {
            return refused(id, e.status() == 400 ? 400 : 422, CaseForms.errorKeys(e));
        }
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Safety case: reveal her number once (HTML, audited, never cached)")
    @APIResponse(
            responseCode = "200",
            description = "Her number, shown once, with her consent and safe hours",
            content = @Content(mediaType = "text/html"))
    public Response reveal(@PathParam("id") long id, @FormParam("confirmed") String confirmed) {
        if (!"yes".equals(confirmed)) {
            return refused(id, 422, List.of("cases.error.confirmed"));
        }
        try {
            return pages.revealed(id, cases.revealContact(id));
        } catch (NotFoundException e) {
            return pages.notFound();
        } catch (DomainException e) {
            return refused(id, 422, List.of("cases.error.no-number"));
        }
    }

    /** The case's page again, with the problems of the refused form. */
    private Response refused(long id, int status, List<String> errors) {
        try {
            return pages.detail(status, cases.view(id), null, errors);
        } catch (NotFoundException e) {
            return pages.notFound();
        }
    }
}
