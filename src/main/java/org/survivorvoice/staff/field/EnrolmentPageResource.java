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
import java.util.Map;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.survivor.EnrolledSurvivor;
import org.survivorvoice.survivor.SurvivorService;

/**
 * Enrolment of a survivor by a field worker, through the same {@link SurvivorService#enrol} as
 * {@code POST /api/v1/survivors}: her language first (the consent sentences are then shown in it),
 * then phone, area, consent item by item, safe hours and IVR PIN. A mistake shows the page again
 * with everything kept except the phone and PIN (SAFETY D2); success shows her survivor number. Her
 * page has the button that records her leaving the programme, through {@link SurvivorService#exit}
 * like {@code POST /api/v1/survivors/{id}/exit} (SAFETY D3).
 */
@Path("/staff/survivors")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
@StaffPage
@Produces(MediaType.TEXT_HTML)
public class EnrolmentPageResource {

    private final SurvivorService survivors;
    private final FieldPages pages;

    public EnrolmentPageResource(SurvivorService survivors, FieldPages pages) {
        this.survivors = survivors;
        this.pages = pages;
    }

    @GET
    @Path("/new")
    public Response form(@QueryParam("for") String her) {
        return pages.enrolment(200, EnrolmentForm.read(name -> null).withLanguage(her), Map.of());
    }

    @POST
    @Path("/new")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response enrol(MultivaluedMap<String, String> fields) {
        EnrolmentForm form = EnrolmentForm.read(fields::getFirst);
        Map<String, String> errors = form.errors();
        if (!errors.isEmpty()) {
            return pages.enrolment(400, form, errors);
        }
        try {
            EnrolledSurvivor enrolled = survivors.enrol(form.request());
            return pages.seeOther("/staff/survivors/" + enrolled.id() + "/enrolled");
        } catch (NotFoundException e) {
            // an area of another district answers as if it did not exist
            return pages.enrolment(400, form, Map.of("areaId", "field.error.area"));
        } catch (DomainException e) {
            return pages.enrolment(400, form, FieldPages.fieldErrors(e));
        }
    }

    @GET
    @Path("/{id}/enrolled")
    public Response enrolled(@PathParam("id") long id) {
        try {
            return pages.enrolled(survivors.get(id));
        } catch (NotFoundException e) {
            return pages.notFound("/staff/survivors/new");
        }
    }

    @POST
    @Path("/{id}/exit")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response exit(@PathParam("id") long id) {
        try {
            survivors.exit(id);
            return pages.seeOther("/staff/survivors/" + id + "/enrolled");
        } catch (NotFoundException e) {
            return pages.notFound("/staff/survivors/new");
        }
    }
}
