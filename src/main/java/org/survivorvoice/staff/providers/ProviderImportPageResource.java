package org.survivorvoice.staff.providers;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;
import org.survivorvoice.common.web.WebConfig;
import org.survivorvoice.provider.ProviderImportResult;
import org.survivorvoice.provider.ProviderInputException;
import org.survivorvoice.provider.ProviderProblem;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.provider.ProviderSheet;
import org.survivorvoice.provider.ProviderTemplate;
import org.survivorvoice.security.Roles;
import org.survivorvoice.staff.StaffPage;
import org.survivorvoice.staff.StaffPages;

/**
 * {@code /staff/providers/import}: the templates, and the upload of a {@code .xlsx} or {@code .csv}
 * file of providers, read by {@link ProviderSheet} and imported by {@link
 * ProviderService#importAll} as {@code POST /api/v1/providers/import} does: every row or none,
 * every problem listed with its row in the page's language.
 */
@Path("/staff/providers/import")
@RolesAllowed(Roles.ADMIN)
@StaffPage
public class ProviderImportPageResource {

    private final ProviderService providers;
    private final StaffPages pages;
    private final WebConfig web;
    private final Template page;

    public ProviderImportPageResource(
            ProviderService providers,
            StaffPages pages,
            WebConfig web,
            @Location("staff/providers/import.html") Template page) {
        this.providers = providers;
        this.pages = pages;
        this.web = web;
        this.page = page;
    }

    @GET
    @Operation(summary = "Staff page: import providers from a file")
    public Response form(@QueryParam("imported") String imported) {
        String done =
                imported != null && imported.matches("[0-9]{1,6}")
                        ? pages.text("providers.import.done", Map.of("count", imported))
                        : null;
        return pages.html(page(null).data("done", done));
    }

    @GET
    @Path("/template.xlsx")
    @Produces(ProviderSheet.XLSX)
    @Operation(summary = "Staff page: the workbook to fill in, with category codes and area ids")
    public Response workbookTemplate() {
        return download(ProviderTemplate.xlsx(providers.choices()), ProviderTemplate.XLSX_NAME);
    }

    @GET
    @Path("/template.csv")
    @Produces(ProviderSheet.CSV)
    @Operation(summary = "Staff page: the header line of a CSV file of providers")
    public Response csvTemplate() {
        return download(ProviderTemplate.csv(), ProviderTemplate.CSV_NAME);
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "Staff page: imports the uploaded file, every row or none")
    public Response upload(@RestForm("file") FileUpload file) {
        if (file == null || file.fileName() == null || file.fileName().isBlank()) {
            return refused(400, ProblemList.only(pages.text("providers.import.no-file")));
        }
        long limit = web.maxUpload().asLongValue();
        if (file.size() > limit) {
            return refused(
                    413,
                    ProblemList.only(
                            pages.text(
                                    "providers.import.too-large",
                                    Map.of("limit", megabytes(limit)))));
        }
        String name = file.fileName().toLowerCase(Locale.ROOT);
        boolean workbook = name.endsWith(".xlsx");
        if (!workbook && !name.endsWith(".csv")) {
            return refused(400, ProblemList.only(pages.text("providers.import.wrong-type")));
        }
        try {
            byte[] body = Files.readAllBytes(file.uploadedFile());
            List<ProviderSheet.Row> rows =
                    workbook ? ProviderSheet.readXlsx(body) : ProviderSheet.readCsv(body);
            ProviderImportResult result = providers.importAll(rows);
            return pages.seeOther("/staff/providers/import?imported=" + result.created());
        } catch (ProviderInputException e) {
            // a file that was read but has invalid rows is 422, one that could not be used 400
            return refused(
                    e.fields().isEmpty() || e.problem() == ProviderProblem.BAD_HEADER ? 400 : 422,
                    ProblemList.of(e, pages));
        } catch (IOException e) {
            throw new UncheckedIOException("Reading an uploaded file failed", e);
        }
    }

    private Response refused(int status, ProblemList problems) {
        return pages.html(status, page(problems).data("done", null));
    }

    private TemplateInstance page(ProblemList problems) {
        return pages.page(page, "providers.import.title")
                .data("problems", problems)
                .data(
                        "limits",
                        pages.text(
                                "providers.import.limits",
                                Map.of(
                                        "rows", Integer.toString(ProviderSheet.MAX_ROWS),
                                        "size", megabytes(web.maxUpload().asLongValue()))));
    }

    private static Response download(byte[] bytes, String fileName) {
        return Response.ok(bytes)
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .build();
    }

    private static String megabytes(long bytes) {
        return (bytes / (1024 * 1024)) + " MB";
    }
}
