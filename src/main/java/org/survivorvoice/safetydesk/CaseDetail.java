package org.survivorvoice.safetydesk;

import java.util.List;

/**
 * One case as its field workers and admins read it (each read is audited): the list item, the
 * comment or message that opened it, the notes, and what must be read before calling her.
 */
public record CaseDetail(
        CaseListItem summary, String openingText, List<CaseNoteView> notes, CallConsent consent) {}
