package org.survivorvoice.common.error;

import java.util.List;

/** A request body over the limit the service reads: 413. */
public class PayloadTooLargeException extends DomainException {

    public PayloadTooLargeException(long maxBytes) {
        super("The request body is larger than " + maxBytes + " bytes.", List.of());
    }

    @Override
    public int status() {
        return 413;
    }

    @Override
    public String title() {
        return "Payload too large";
    }
}
