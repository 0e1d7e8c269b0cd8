package org.survivorvoice.staff.admin;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.survivorvoice.common.error.DomainException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.security.NewStaffAccount;
import org.survivorvoice.security.Roles;
import org.survivorvoice.security.StaffAccountService;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/users}: the staff accounts; open one with a role and district, deactivate one,
 * reset a password. A reset or deactivation ends the account's use at once (StaffAccountService).
 */
@Path("/staff/users")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class UsersPageResource {

    private static final List<String> ROLES =
            List.of(Roles.FIELDWORKER, Roles.OFFICIAL, Roles.FUNDER, Roles.ADMIN);

    /** An account as the list prints it. */
    public record UserRow(
            long id, String username, String roleKey, String districtName, boolean active) {}

    /** A role of the select: its value and the key of its name. */
    public record RoleChoice(String value, String labelKey) {}

    private final StaffPages pages;
    private final StaffAccountService accounts;
    private final AdminChoices choices;
    private final Template page;

    public UsersPageResource(
            StaffPages pages,
            StaffAccountService accounts,
            AdminChoices choices,
            @Location("staff/admin/users.html") Template page) {
        this.pages = pages;
        this.accounts = accounts;
        this.choices = choices;
        this.page = page;
    }

    @GET
    @Operation(summary = "Users page: staff accounts (HTML)")
    public Response list(@QueryParam("done") String done) {
        String notice =
                done != null && done.matches("[a-z-]{1,20}") ? "admin.users.done." + done : null;
        return render(200, notice, List.of(), Map.of());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Users page: open an account (HTML form, CSRF token)")
    public Response create(
            @FormParam("username") String username,
            @FormParam("password") String password,
            @FormParam("role") String role,
            @FormParam("district") String district) {
        Long districtId;
        try {
            districtId = district == null || district.isBlank() ? null : Long.valueOf(district);
        } catch (NumberFormatException e) {
            districtId = -1L;
        }
        try {
            accounts.create(new NewStaffAccount(username, password, role, districtId));
            return pages.seeOther("/staff/users?done=created");
        } catch (DomainException e) {
            return render(
                    AdminErrors.status(e),
                    null,
                    AdminErrors.keys("admin.users", e),
                    Map.of(
                            "username",
                            username == null ? "" : username,
                            "role",
                            role == null ? "" : role));
        }
    }

    @POST
    @Path("/{id}/deactivate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Users page: deactivate an account (HTML form, CSRF token)")
    public Response deactivate(@PathParam("id") long id) {
        try {
            accounts.deactivate(id);
            return pages.seeOther("/staff/users?done=deactivated");
        } catch (NotFoundException e) {
            return notFound();
        } catch (DomainException e) {
            return render(
                    AdminErrors.status(e),
                    null,
                    List.of("admin.users.error.own-account"),
                    Map.of());
        }
    }

    @POST
    @Path("/{id}/password")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Operation(summary = "Users page: reset an account's password (HTML form, CSRF token)")
    public Response resetPassword(
            @PathParam("id") long id, @FormParam("password") String password) {
        try {
            accounts.resetPassword(id, password);
            return pages.seeOther("/staff/users?done=reset");
        } catch (NotFoundException e) {
            return notFound();
        } catch (DomainException e) {
            return render(
                    AdminErrors.status(e), null, AdminErrors.keys("admin.users", e), Map.of());
        }
    }

    private Response notFound() {
        return pages.notice(404, "common.not-found.title", "common.not-found", "/staff/users");
    }

    private Response render(
            int status, String noticeKey, List<String> errorKeys, Map<String, String> entered) {
        return pages.html(
                status,
                pages.page(page, "admin.users.title")
                        .data(
                                "users",
                                accounts.list().stream()
                                        .map(
                                                a ->
                                                        new UserRow(
                                                                a.id(),
                                                                a.username(),
                                                                "admin.role." + a.role(),
                                                                a.districtName(),
                                                                a.active()))
                                        .toList())
                        .data("districts", choices.districts())
                        .data(
                                "roles",
                                ROLES.stream()
                                        .map(r -> new RoleChoice(r, "admin.role." + r))
                                        .toList())
                        .data("noticeKey", noticeKey)
                        .data("errors", errorKeys)
                        .data("entered", entered)
                        .data("minPassword", StaffAccountService.MIN_PASSWORD));
    }
}
