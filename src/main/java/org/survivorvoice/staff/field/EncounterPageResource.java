package org.survivorvoice.staff.field;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.encounter.EncounterOutcome;
import org.survivorvoice.encounter.EncounterService;
import org.survivorvoice.encounter.EncounterView;
import org.survivorvoice.encounter.OutcomeChange;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;

/**
 * Encounters logged by a field worker through the same {@link EncounterService} as {@code
 * /api/v1/encounters}, with its district checks: the form reads the provider's name back from the
 * code before anything is saved; each encounter has a page with its invitation, a form to change
 * its outcome, and a button that opens the assisted rating form with it filled in.
 */
@Path("/staff/encounters")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
@StaffPage
@Produces(MediaType.TEXT_HTML)
public class EncounterPageResource {

    private final EncounterService encounters;
    private final ProviderService providers;
    private final FieldPages pages;

    public EncounterPageResource(
            EncounterService encounters, ProviderService providers, FieldPages pages) {
        this.encounters = encounters;
        this.providers = providers;
        this.pages = pages;
    }

    @GET
    @Path("/new")
    public Response form(@QueryParam("survivor") String survivor) {
        EncounterForm form = EncounterForm.read(name -> "survivor".equals(name) ? survivor : null);
        return pages.encounterForm(200, form, null, Map.of());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response log(MultivaluedMap<String, String> fields) {
        EncounterForm form = EncounterForm.read(fields::getFirst);
        Map<String, String> errors = new LinkedHashMap<>();
        String name = null;
        Optional<String> codeError = form.codeError();
        if (codeError.isPresent()) {
            errors.put("code", codeError.get());
        } else {
            name = providerName(form.code()).orElse(null);
            if (name == null) {
                errors.put("code", "field.error.provider");
            }
        }
        if ("check".equals(fields.getFirst("action"))) {
            return pages.encounterForm(errors.isEmpty() ? 200 : 400, form, name, errors);
        }
        form.errors().forEach(errors::putIfAbsent);
        if (!errors.isEmpty()) {
            return pages.encounterForm(400, form, name, errors);
        }
        try {
            EncounterView created = encounters.create(form.request());
            return pages.seeOther("/staff/encounters/" + created.id());
        } catch (NotFoundException e) {
            // the provider was found above: only the survivor can be missing, or of another
            // district
            return pages.encounterForm(400, form, name, Map.of("survivor", "field.error.survivor"));
        } catch (DomainException e) {
            return pages.encounterForm(400, form, name, FieldPages.fieldErrors(e));
        }
    }

    @GET
    @Path("/open")
    public Response open(@QueryParam("id") String id) {
        return id != null && id.strip().matches("[0-9]{1,18}")
                ? pages.seeOther("/staff/encounters/" + id.strip())
                : pages.notFound("/staff/encounters/new");
    }

    @GET
    @Path("/{id:[0-9]{1,18}}")
    public Response show(@PathParam("id") long id, @QueryParam("saved") String saved) {
        try {
            EncounterView view = encounters.get(id);
            return pages.encounter(
                    view, providerName(view.providerCode()).orElse(""), saved != null);
        } catch (NotFoundException e) {
            return pages.notFound("/staff/encounters/new");
        }
    }

    @POST
    @Path("/{id:[0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response changeOutcome(@PathParam("id") long id, MultivaluedMap<String, String> fields) {
        EncounterOutcome outcome;
        try {
            outcome = EncounterOutcome.valueOf(String.valueOf(fields.getFirst("outcome")));
        } catch (IllegalArgumentException e) {
            return pages.seeOther("/staff/encounters/" + id);
        }
        try {
            encounters.changeOutcome(id, new OutcomeChange(outcome));
            return pages.seeOther("/staff/encounters/" + id + "?saved=1");
        } catch (NotFoundException e) {
            return pages.notFound("/staff/encounters/new");
        }
    }

    private Optional<String> providerName(String code) {
        try {
            return Optional.of(providers.get(code).name());
        } catch (NotFoundException e) {
            return Optional.empty();
        }
    }
}
