package org.survivorvoice.testing;

import static io.restassured.RestAssured.given;

import io.quarkus.elytron.security.common.BcryptUtil;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.survivorvoice.area.Area;
import org.survivorvoice.area.AreaLevel;
import org.survivorvoice.common.time.Quarter;
import org.survivorvoice.feedback.Rating;
import org.survivorvoice.provider.Provider;
import org.survivorvoice.provider.ProviderCategory;
import org.survivorvoice.provider.ProviderCode;
import org.survivorvoice.security.AuditEntry;
import org.survivorvoice.security.StaffUser;
import org.survivorvoice.survivor.Survivor;

/** Test data made by each test for itself: areas, users and providers with unique names. */
@ApplicationScoped
public class Fixtures {

    /** Password of every user made here. */
    public static final String PASSWORD = "test-secret";

    private static final AtomicInteger CODES = new AtomicInteger(10_000);

    /** A new state with one district; returns the district. */
    @Transactional
    public Area district() {
        Area state = area(AreaLevel.STATE, "State " + unique(), null);
        return area(AreaLevel.DISTRICT, "District " + unique(), state);
    }

    /** A new block inside the district. */
    @Transactional
    public Area block(long districtId) {
        return area(AreaLevel.BLOCK, "Block " + unique(), Area.findById(districtId));
    }

    /** A new active user of the role, bound to the district when one is given. */
    @Transactional
    public String user(String role, Long districtId) {
        StaffUser user = new StaffUser();
        user.username = role + "-" + unique();
        user.passwordHash = BcryptUtil.bcryptHash(PASSWORD, 4);
        user.role = role;
        user.districtId = districtId;
        user.active = true;
        user.persist();
        return user.username;
    }

    /** Deactivates the account: its password no longer lets it in. */
    @Transactional
    public void deactivate(String username) {
        StaffUser.findByUsername(username).active = false;
    }

    /** Replaces the account's stored password hash, as a password change would. */
    @Transactional
    public void setPassword(String username, String password) {
        StaffUser.findByUsername(username).passwordHash = BcryptUtil.bcryptHash(password, 4);
    }

    /** A new provider of the category in the district; returns its code. */
    @Transactional
    public String provider(long districtId, String category, String name) {
        Area district = Area.findById(districtId);
        Provider provider = new Provider();
        String code;
        do {
            code = ProviderCode.withCheckDigit(Integer.toString(nextBody())).value();
        } while (Provider.count("code", code) > 0);
        provider.code = code;
        provider.name = name;
        provider.category = ProviderCategory.findByCode(category);
        provider.area = district;
        provider.district = district;
        provider.languages = "en";
        provider.active = true;
        provider.persist();
        return code;
    }

    /** The database id of the provider with this code. */
    @Transactional
    public long providerId(String providerCode) {
        return Provider.findByCode(providerCode).id;
    }

    /** The audit actions recorded on an object, oldest first. */
    @Transactional
    public List<String> auditActions(String objectType, Object objectId) {
        return AuditEntry.<AuditEntry>list(
                        "objectType = ?1 and objectId = ?2 order by id",
                        objectType,
                        String.valueOf(objectId))
                .stream()
                .map(e -> e.action)
                .toList();
    }

    /** How many audit rows record the action on objects of the type. */
    @Transactional
    public long auditCount(String objectType, String action) {
        return AuditEntry.count("objectType = ?1 and action = ?2", objectType, action);
    }

    /** The stored IVR PIN hash of a survivor. */
    @Transactional
    public String pinHash(long survivorId) {
        return Survivor.<Survivor>findById(survivorId).ivrPinHash;
    }

    /**
     * Stores ratings of a provider in a quarter straight into the table, one distinct rater each:
     * {@code satisfied} with overall 5, the rest with overall 2.
     */
    @Transactional
    public void ratings(String providerCode, String period, int satisfied, int dissatisfied) {
        long provider = Provider.findByCode(providerCode).id;
        Quarter quarter = Quarter.parse(period);
        for (int i = 0; i < satisfied + dissatisfied; i++) {
            RatingRow.of(provider)
                    .verified(i % 2 == 0)
                    .at(quarter, RatingRow.day(quarter, 10))
                    .overall(i < satisfied ? 5 : 2)
                    .persist();
        }
    }

    /** Stores satisfied ratings by one enrolled survivor (rater key of her id). */
    @Transactional
    public void survivorRatings(long survivorId, String providerCode, String period, int count) {
        long provider = Provider.findByCode(providerCode).id;
        Quarter quarter = Quarter.parse(period);
        for (int i = 0; i < count; i++) {
            RatingRow.of(provider)
                    .by(survivorId)
                    .at(quarter, RatingRow.day(quarter, 0))
                    .overall(5)
                    .persist();
        }
    }

    /** A REST Assured request authenticated as the user. */
    public static RequestSpecification as(String username) {
        return given().auth().preemptive().basic(username, PASSWORD);
    }

    private static int nextBody() {
        int body = CODES.incrementAndGet();
        if (body > 99_999) {
            throw new IllegalStateException("out of test provider codes");
        }
        return body + (int) (Math.random() * 50_000);
    }

    private static Area area(AreaLevel level, String name, Area parent) {
        Area area = new Area();
        area.level = level;
        area.name = name;
        area.parent = parent;
        area.persist();
        return area;
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Stores ratings of a provider in a quarter straight into the table, in the order of the
     * overall answers given, one hour apart after the provider's ratings already in the quarter
     * (from its 11th day, UTC): by the survivor when one is given, else one distinct rater each.
     */
    @Transactional
    public void ratingSequence(
            String providerCode, Long survivorId, String period, int... overall) {
        Provider provider = Provider.findByCode(providerCode);
        Quarter quarter = Quarter.parse(period);
        long before = Rating.count("provider = ?1 and period = ?2", provider, quarter.toString());
        for (int i = 0; i < overall.length; i++) {
            RatingRow.of(provider.id)
                    .by(survivorId)
                    .at(quarter, RatingRow.day(quarter, 10).plus(Duration.ofHours(before + i)))
                    .overall(overall[i])
                    .persist();
        }
    }
}
