package org.survivorvoice.response;

import java.util.List;

/** The providers of a district needing a response to a quarter, those still waiting first. */
public record ResponseNeedList(String period, List<ResponseNeedView> items) {}
