package fr.cpts.persistence.account;

import fr.cpts.domain.account.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.util.Set;
import java.util.TreeSet;

/** Table mapping of an account and its scope columns. */
@Entity
@Table(name = "account")
class AccountEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 100)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Role role;

    @Column(name = "cpts_id")
    private Long cptsId;

    @Column(name = "region_code", length = 2)
    private String regionCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_departement", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "departement_code", length = 3)
    private Set<String> departementCodes = new TreeSet<>();

    @Version
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(String username, String displayName, String passwordHash, Role role, Long cptsId,
                  String regionCode, Set<String> departementCodes) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.cptsId = cptsId;
        this.regionCode = regionCode;
        this.departementCodes = new TreeSet<>(departementCodes);
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    String getPasswordHash() {
        return passwordHash;
    }

    Role getRole() {
        return role;
    }

    Long getCptsId() {
        return cptsId;
    }

    String getRegionCode() {
        return regionCode;
    }

    Set<String> getDepartementCodes() {
        return departementCodes;
    }
}
