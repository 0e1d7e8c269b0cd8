package org.survivorvoice.staff.providers;

import io.quarkus.qute.TemplateData;

/** A provider as the list and the form show it. */
@TemplateData
public record ProviderRow(
        String code,
        String name,
        String category,
        String categoryName,
        String areaId,
        String areaName,
        String districtName,
        boolean active) {}
