package org.survivorvoice.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An area as the API shows it. */
public record AreaView(
        Long id, String name, AreaLevel level, @Schema(nullable = true) Long parentId) {

    static AreaView of(Area area) {
        return new AreaView(
                area.id, area.name, area.level, area.parent == null ? null : area.parent.id);
    }
}
