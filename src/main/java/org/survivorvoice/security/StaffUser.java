package org.survivorvoice.security;

import io.quarkus.security.jpa.Password;
import io.quarkus.security.jpa.PasswordType;
import io.quarkus.security.jpa.UserDefinition;
import io.quarkus.security.jpa.Username;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.survivorvoice.common.persistence.BaseEntity;

/** A staff account: bcrypt password, one role, and for officials the district they serve. */
@Entity
@Table(name = "app_user")
@UserDefinition
public class StaffUser extends BaseEntity {

    @Username
    @Column(nullable = false, length = 80)
    public String username;

    @Password(PasswordType.MCF)
    @Column(name = "password_hash", nullable = false, length = 100)
    public String passwordHash;

    @io.quarkus.security.jpa.Roles
    @Column(nullable = false, length = 20)
    public String role;

    /** District an official (or a district-bound field worker) is limited to. */
    @Column(name = "district_id")
    public Long districtId;

    @Column(nullable = false)
    public boolean active;

    /** Sessions of the staff pages issued before this moment are refused; null when none are. */
    @Column(name = "sessions_valid_after")
    public Instant sessionsValidAfter;

    /** The account with this user name, or null. */
    public static StaffUser findByUsername(String username) {
        return find("username", username).firstResult();
    }

    @Override
    public String toString() {
        return "StaffUser[" + id + ", " + username + ", " + role + "]";
    }
}
