package org.survivorvoice.staff.providers;

import io.quarkus.qute.Location;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import org.survivorvoice.provider.ProviderChoices;
import org.survivorvoice.provider.ProviderService;
import org.survivorvoice.provider.ProviderView;
import org.survivorvoice.staff.StaffPages;

/** The form of a new or an existing provider, with what was typed and what is wrong with it. */
@ApplicationScoped
public class ProviderFormPage {

    private final ProviderService providers;
    private final StaffPages pages;
    private final Template form;

    public ProviderFormPage(
            ProviderService providers,
            StaffPages pages,
            @Location("staff/providers/form.html") Template form) {
        this.providers = providers;
        this.pages = pages;
        this.form = form;
    }

    /** The form; {@code provider} is null for a new one. */
    TemplateInstance page(
            String titleKey,
            ProviderView provider,
            String name,
            String category,
            String areaId,
            ProblemList problems) {
        ProviderChoices choices = providers.choices();
        return pages.page(form, titleKey)
                .data("provider", provider == null ? null : ProviderForms.row(provider, Map.of()))
                .data(
                        "action",
                        provider == null
                                ? "/staff/providers/new"
                                : "/staff/providers/edit/" + provider.code())
                .data("name", name == null ? "" : name)
                .data("categories", ProviderForms.categoryOptions(choices, category))
                .data("areas", Option.of(choices.areas(), true, areaId))
                .data(
                        "codeLine",
                        provider == null
                                ? null
                                : pages.text(
                                        "providers.form.code", Map.of("code", provider.code())))
                .data("problems", problems)
                .data("done", null);
    }
}
