package org.survivorvoice.provider;

import java.util.Arrays;
import java.util.List;

/** A provider as the API shows it. */
public record ProviderView(
        String code,
        String name,
        String category,
        Long areaId,
        String areaName,
        Long districtId,
        String districtName,
        List<String> languages,
        boolean active) {

    static ProviderView of(Provider p) {
        return new ProviderView(
                p.code,
                p.name,
                p.category.code,
                p.area.id,
                p.area.name,
                p.district.id,
                p.district.name,
                p.languages.isEmpty() ? List.of() : Arrays.asList(p.languages.split(",")),
                p.active);
    }
}
