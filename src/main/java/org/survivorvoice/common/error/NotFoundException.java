package org.survivorvoice.common.error;

import java.util.List;

/**
 * The object does not exist, or exists outside the caller's district: 404 either way, so ids of
 * other districts cannot be probed.
 */
public class NotFoundException extends DomainException {

    public NotFoundException(String what) {
        super(what + " not found.", List.of());
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String title() {
        return "Not found";
    }
}
