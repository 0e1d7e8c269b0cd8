package org.survivorvoice.staff.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.area.AreaService;
import org.survivorvoice.area.AreaView;
import org.survivorvoice.common.persistence.PageRequest;

/** The choices of the admin forms' selects, from the same services as the API. */
@ApplicationScoped
public class AdminChoices {

    private final AreaService areas;

    public AdminChoices(AreaService areas) {
        this.areas = areas;
    }

    /** Areas of the level, by name (at most a page of 500: the programme has far fewer). */
    public List<AreaView> areas(AreaLevel level) {
        return areas.list(level, null, new PageRequest(0, PageRequest.MAX_SIZE)).items();
    }

    /** Every district, by name. */
    public List<AreaView> districts() {
        return areas(AreaLevel.DISTRICT);
    }
}
