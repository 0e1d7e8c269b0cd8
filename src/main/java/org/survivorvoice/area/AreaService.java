package org.survivorvoice.area;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.HashMap;
import java.util.Map;
import org.survivorvoice.common.error.ConflictException;
import org.survivorvoice.common.error.InvalidInputException;
import org.survivorvoice.common.error.NotFoundException;
import org.survivorvoice.common.persistence.PageRequest;
import org.survivorvoice.common.persistence.PageResult;

/** The administrative hierarchy. */
@ApplicationScoped
public class AreaService {

    /** Lists areas, optionally of one level and under one parent, by name. */
    @Transactional
    public PageResult<AreaView> list(AreaLevel level, Long parentId, PageRequest page) {
        StringBuilder query = new StringBuilder("1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (level != null) {
            query.append(" and level = :level");
            params.put("level", level);
        }
        if (parentId != null) {
            query.append(" and parent.id = :parent");
            params.put("parent", parentId);
        }
        var found = Area.<Area>find(query.toString(), Sort.by("name").and("id"), params);
        var items = found.page(Page.of(page.page(), page.size())).list();
        return new PageResult<>(items, page.page(), page.size(), found.count()).map(AreaView::of);
    }

    /** Creates an area under a parent of the level directly above it. */
    @Transactional
    public AreaView create(NewArea request) {
        String name = request.name().strip();
        AreaLevel expectedParent = request.level().parentLevel();
        Area parent = null;
        if (expectedParent == null && request.parentId() != null) {
            throw new InvalidInputException("parentId", "a state has no parent");
        }
        if (expectedParent != null) {
            if (request.parentId() == null) {
                throw new InvalidInputException("parentId", "must be a " + expectedParent);
            }
            parent = Area.findById(request.parentId());
            if (parent == null) {
                throw new InvalidInputException("parentId", "no such area");
            }
            if (parent.level != expectedParent) {
                throw new InvalidInputException("parentId", "must be a " + expectedParent);
            }
        }
        if (Area.existsByParentAndName(parent, name)) {
            throw new ConflictException("An area with this name already exists there.");
        }
        Area area = new Area();
        area.name = name;
        area.level = request.level();
        area.parent = parent;
        area.persist();
        return AreaView.of(area);
    }

    /** The area, or 404. */
    @Transactional
    public AreaView get(long id) {
        Area area = Area.findById(id);
        if (area == null) {
            throw new NotFoundException("Area");
        }
        return AreaView.of(area);
    }
}
