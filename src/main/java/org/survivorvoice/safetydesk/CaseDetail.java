package org.survivorvoice.safetydesk;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One case as its field workers and admins read it (each read is audited): the list item, the
 * comment or message that opened it, the notes, and what must be read before calling her.
 */
public record CaseDetail(
        CaseListItem summary,
        @Schema(nullable = true) String openingText,
        List<CaseNoteView> notes,
        CallConsent consent) {}
