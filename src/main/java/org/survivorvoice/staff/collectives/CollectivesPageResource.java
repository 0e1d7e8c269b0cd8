package org.survivorvoice.staff.collectives;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.survivorvoice.collective.CollectiveQueries;
import org.survivorvoice.collective.CollectiveService;
import org.survivorvoice.collective.MembershipEnd;
import org.survivorvoice.collective.NewCollective;
import org.survivorvoice.collective.NewMembership;
import org.survivorvoice.collective.NewPeerLeader;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;

/**
 * {@code /staff/collectives}: the tree of collectives by level with member counts and peer leaders
 * (admins also get the forms that create a collective and add a peer leader), and a collective's
 * page with its members by survivor id and the membership forms, for admins and the field workers
 * of her district; through the same {@link CollectiveService} as {@code /api/v1/collectives}.
 * Officials and funders are refused by role.
 */
@Path("/staff/collectives")
@RolesAllowed({Roles.ADMIN, Roles.FIELDWORKER})
@StaffPage
@Produces(MediaType.TEXT_HTML)
public class CollectivesPageResource {

    private final CollectiveQueries queries;
    private final CollectiveService collectives;
    private final CollectivePages pages;

    public CollectivesPageResource(
            CollectiveQueries queries, CollectiveService collectives, CollectivePages pages) {
        this.queries = queries;
        this.collectives = collectives;
        this.pages = pages;
    }

    @GET
    @Operation(summary = "Collectives page: the tree by level with member counts (HTML)")
    @APIResponse(
            responseCode = "200",
            description = "The tree",
            content = @Content(mediaType = "text/html"))
    public Response tree(@QueryParam("done") String done) {
        return pages.tree(200, queries.tree(), "created".equals(done) ? done : null, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Collectives page: create a collective")
    public Response create(
            @FormParam("name") String name,
            @FormParam("level") String level,
            @FormParam("areaId") String areaId,
            @FormParam("parentId") String parentId) {
        try {
            collectives.create(
                    new NewCollective(
                            name == null ? "" : name.strip(),
                            CollectivePages.level(level),
                            CollectivePages.id(areaId, "areaId"),
                            CollectivePages.optionalId(parentId),
                            null));
            return pages.seeOther("/staff/collectives?done=created");
        } catch (DomainException e) {
            return pages.tree(
                    e.status() == 409 ? 409 : 400,
                    queries.tree(),
                    null,
                    CollectivePages.errorKey(e));
        }
    }

    @POST
    @Path("/peer-leaders")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.ADMIN)
    @Operation(summary = "Collectives page: make a field worker a peer leader of a collective")
    public Response addPeerLeader(
            @FormParam("collectiveId") String collectiveId, @FormParam("userId") String userId) {
        try {
            collectives.addPeerLeader(
                    CollectivePages.id(collectiveId, "collectiveId"),
                    new NewPeerLeader(CollectivePages.id(userId, "userId")));
            return pages.seeOther("/staff/collectives?done=created");
        } catch (DomainException e) {
            return pages.tree(
                    e.status() == 404 ? 400 : e.status(),
                    queries.tree(),
                    null,
                    CollectivePages.errorKey(e));
        }
    }

    @GET
    @Path("/{id:[0-9]{1,18}}")
    @Operation(summary = "A collective's page: members by survivor id and forms (HTML, audited)")
    @APIResponse(
            responseCode = "200",
            description = "The collective",
            content = @Content(mediaType = "text/html"))
    public Response show(@PathParam("id") long id, @QueryParam("done") String done) {
        return detail(id, 200, done, null);
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/members")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A collective's page: record a membership, with her consent")
    public Response addMember(
            @PathParam("id") long id,
            @FormParam("survivorId") String survivorId,
            @FormParam("consent") String consent) {
        if (!"yes".equals(consent)) {
            // the service refuses it too; the page says which box is missing
            return detail(id, 422, null, "collectives.error.consent");
        }
        try {
            collectives.addMember(
                    id,
                    new NewMembership(CollectivePages.id(survivorId, "survivorId"), true, null));
            return pages.seeOther("/staff/collectives/" + id + "?done=joined");
        } catch (NotFoundException e) {
            return e.getMessage().startsWith("Survivor")
                    ? detail(id, 400, null, "collectives.error.survivor")
                    : pages.notFound();
        } catch (DomainException e) {
            return detail(id, e.status(), null, CollectivePages.errorKey(e));
        }
    }

    @POST
    @Path("/{id:[0-9]{1,18}}/members/{survivorId:[0-9]{1,18}}/end")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "A collective's page: end a membership today")
    public Response endMember(@PathParam("id") long id, @PathParam("survivorId") long survivorId) {
        try {
            collectives.endMember(id, survivorId, new MembershipEnd(null));
            return pages.seeOther("/staff/collectives/" + id + "?done=ended");
        } catch (NotFoundException e) {
            return pages.notFound();
        } catch (DomainException e) {
            return detail(id, e.status(), null, CollectivePages.errorKey(e));
        }
    }

    private Response detail(long id, int status, String done, String errorKey) {
        try {
            return pages.detail(
                    status,
                    queries.view(id),
                    collectives.members(id, false, new PageRequest(0, PageRequest.MAX_SIZE)),
                    done != null && (done.equals("joined") || done.equals("ended")) ? done : null,
                    errorKey);
        } catch (NotFoundException e) {
            return pages.notFound();
        }
    }
}
