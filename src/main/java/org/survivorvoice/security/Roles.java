package org.survivorvoice.security;

/** Staff roles, as stored in {@code app_user.role} and named in {@code @RolesAllowed}. */
public final class Roles {

    /** Programme team: manages areas, providers and users; verifies flagged providers. */
    public static final String ADMIN = "admin";

    /** Peer leader or social worker: enrols survivors, logs encounters, enters ratings. */
    public static final String FIELDWORKER = "fieldworker";

    /** District official: bound to one district, sees only its objects. */
    public static final String OFFICIAL = "official";

    /** Funder: aggregate workbooks only, never free text. */
    public static final String FUNDER = "funder";

    private Roles() {}
}
