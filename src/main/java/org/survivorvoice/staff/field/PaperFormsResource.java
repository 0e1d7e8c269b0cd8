package org.survivorvoice.staff.field;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.survivorvoice.common.sheet.SheetRefused;
import org.survivorvoice.common.sheet.SheetRows;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;

/**
 * Paper forms copied into a workbook: the template to download, and the upload, stored whole as
 * PAPER ratings by {@link PaperFormService} or not at all, with every bad row listed. The CSRF
 * token of the multipart form travels in the action URL (the staff filter reads it there).
 */
@Path("/staff/paper-forms")
@RolesAllowed({Roles.FIELDWORKER, Roles.ADMIN})
@StaffPage
public class PaperFormsResource {

    private final PaperFormService paperForms;
    private final FieldPages pages;
    private final WebConfig web;

    public PaperFormsResource(PaperFormService paperForms, FieldPages pages, WebConfig web) {
        this.paperForms = paperForms;
        this.pages = pages;
        this.web = web;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public Response page(
            @QueryParam("stored") String stored, @QueryParam("verified") String verified) {
        // the counts of the upload just made, from its redirect; anything else shows no result
        PaperFormResult done =
                count(stored) == null
                        ? null
                        : new PaperFormResult(
                                count(stored), count(verified) == null ? 0 : count(verified));
        return pages.paperForms(200, null, List.of(), done);
    }

    @GET
    @Path("/template.xlsx")
    @Produces(PaperFormTemplate.XLSX)
    public Response template() {
        return Response.ok(pages.template(), PaperFormTemplate.XLSX)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        "attachment; filename=\"paper-forms-" + pages.language() + ".xlsx\"")
                .build();
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.TEXT_HTML)
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null
                || file.size() == 0 && (file.fileName() == null || file.fileName().isEmpty())) {
            return refused(400, "no-file");
        }
        if (file.size() > web.maxUpload().asLongValue()) {
            return refused(413, "file-too-big");
        }
        PaperFormSheet.Read read;
        try {
            byte[] body = Files.readAllBytes(file.uploadedFile());
            Map<Boolean, Set<String>> words = pages.yesNo();
            read =
                    PaperFormSheet.read(
                            SheetRows.read(body, PaperFormSheet.LIMITS),
                            paperForms.today(),
                            words.get(true),
                            words.get(false));
        } catch (SheetRefused e) {
            return refused(400, e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'));
        } catch (IOException e) {
            return refused(400, "not-a-workbook");
        }
        if (read.rows().isEmpty() && read.problems().isEmpty()) {
            return refused(400, "no-rows");
        }
        try {
            PaperFormResult result = paperForms.store(read, pages.language());
            // after a POST, a redirect: reloading the page cannot store the file twice
            return pages.seeOther(
                    "/staff/paper-forms?stored="
                            + result.stored()
                            + "&verified="
                            + result.verified());
        } catch (PaperFormRejected e) {
            return pages.paperForms(400, null, e.problems(), null);
        }
    }

    private Response refused(int status, String reason) {
        return pages.paperForms(status, pages.refusal(reason), List.of(), null);
    }

    private static Integer count(String text) {
        return text != null && text.matches("[0-9]{1,6}") ? Integer.valueOf(text) : null;
    }
}
