package org.survivorvoice.testing;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.survivorvoice.common.web.CsrfToken;

/**
 * Staff pages as one signed-in user sees them, through REST Assured: HTTP Basic with the fixtures'
 * password, and a CSRF token sent both as the cookie and in each form, as a page's form would.
 * Redirects are not followed, so a test sees the 303 a form answers with.
 */
public final class StaffPageClient {

    private final String username;
    private final String token = CsrfToken.issue();

    private StaffPageClient(String username) {
        this.username = username;
    }

    /** The pages as the user (made by {@link Fixtures#user}) sees them. */
    public static StaffPageClient as(String username) {
        return new StaffPageClient(username);
    }

    /** The CSRF token this client's forms carry. */
    public String csrf() {
        return token;
    }

    /** A GET of the page. */
    public Response get(String path) {
        return request().get(path);
    }

    /** A form POST with the CSRF field added. */
    public Response postForm(String path, Map<String, String> fields) {
        RequestSpecification request =
                request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        fields.forEach(request::formParam);
        return request.formParam(CsrfToken.FIELD, token).post(path);
    }

    /** An upload: the file and other fields as multipart, the CSRF token in the query. */
    public Response postMultipart(
            String path,
            String fileField,
            String fileName,
            byte[] bytes,
            String mime,
            Map<String, String> fields) {
        RequestSpecification request = request().multiPart(fileField, fileName, bytes, mime);
        fields.forEach(request::multiPart);
        return request.queryParam(CsrfToken.FIELD, token).post(path);
    }

    private RequestSpecification request() {
        boolean secure =
                ConfigProvider.getConfig()
                        .getOptionalValue("survivor-voice.web.secure-cookies", Boolean.class)
                        .orElse(true);
        return given().auth()
                .preemptive()
                .basic(username, Fixtures.PASSWORD)
                .redirects()
                .follow(false)
                .cookie(CsrfToken.cookieName(secure), token);
    }
}
