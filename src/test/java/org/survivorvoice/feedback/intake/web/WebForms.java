package org.survivorvoice.feedback.intake.web;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.survivorvoice.feedback.Rating;

/** Drives the web forms over HTTP as a browser would: the page's CSRF cookie and field. */
final class WebForms {

    /** The CSRF cookie's name in tests (Secure cookies, as in production). */
    static final String CSRF_COOKIE = "__Host-sv_csrf";

    private static final Pattern CSRF_FIELD =
            Pattern.compile("<input type=\"hidden\" name=\"csrf\" value=\"([^\"]+)\">");
    private static final Pattern URL_ATTRIBUTE =
            Pattern.compile(
                    "\\b(src|href|action|formaction|srcset|poster|data)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)",
                    Pattern.CASE_INSENSITIVE);

    private WebForms() {}

    /** A page opened: its CSRF cookie and the token its forms carry. */
    record Opened(String cookie, String token, String html) {

        /** A POST of the form fields from this page, CSRF cookie and field included. */
        Response post(RequestSpecification request, String path, Map<String, String> fields) {
            Map<String, String> all = new LinkedHashMap<>(fields);
            all.put("csrf", token);
            return request.redirects()
                    .follow(false)
                    .cookie(CSRF_COOKIE, cookie)
                    .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                    .formParams(all)
                    .post(path);
        }
    }

    /** Opens the page anonymously. */
    static Opened open(String path) {
        return open(given(), path);
    }

    /** Opens the page with the request given (e.g. logged in). */
    static Opened open(RequestSpecification request, String path) {
        Response page = request.get(path);
        if (page.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + page.statusCode());
        }
        String html = page.asString();
        Matcher m = CSRF_FIELD.matcher(html);
        if (!m.find()) {
            throw new AssertionError("no CSRF field on " + path);
        }
        return new Opened(page.cookie(CSRF_COOKIE), m.group(1), html);
    }

    /** The first step's fields: the code in the language. */
    static Map<String, String> codeStep(String code, String lang) {
        return Map.of("step", "code", "code", code, "lang", lang);
    }

    /** The second step's fields with every question answered. */
    static Map<String, String> answers(String code, String lang, String overall) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("step", "answers");
        fields.put("code", code);
        fields.put("lang", lang);
        fields.put("overall", overall);
        fields.put("dignity", "4");
        fields.put("listened", "3");
        fields.put("timeliness", "2");
        fields.put("outcome", "5");
        fields.put("money", "yes");
        return fields;
    }

    /** Every URL in a src, href, action... attribute of the HTML. */
    static List<String> urls(String html) {
        List<String> urls = new ArrayList<>();
        Matcher m = URL_ATTRIBUTE.matcher(html);
        while (m.find()) {
            String value = m.group(2);
            if (value.startsWith("\"") || value.startsWith("'")) {
                value = value.substring(1, value.length() - 1);
            }
            urls.add(value);
        }
        return urls;
    }

    /** The stored ratings of the provider. */
    static List<Rating> ratingsOf(String providerCode) {
        return QuarkusTransaction.requiringNew()
                .call(
                        () -> {
                            List<Rating> found =
                                    Rating.list("provider.code = ?1 order by id", providerCode);
                            found.forEach(r -> r.provider.code.length());
                            return found;
                        });
    }
}
