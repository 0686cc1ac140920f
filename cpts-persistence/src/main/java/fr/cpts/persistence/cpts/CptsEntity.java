package fr.cpts.persistence.cpts;

import fr.cpts.domain.cpts.CptsStage;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** Table mapping of a CPTS record. */
@Entity
@Table(name = "cpts")
class CptsEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "region_code", nullable = false, length = 2)
    private String regionCode;

    @Column(name = "departement_code", nullable = false, length = 3)
    private String departementCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CptsStage stage;

    @Version
    private long version;

    protected CptsEntity() {
    }

    CptsEntity(String name, String regionCode, String departementCode, CptsStage stage) {
        this.name = name;
        this.regionCode = regionCode;
        this.departementCode = departementCode;
        this.stage = stage;
    }

    Long getId() {
        return id;
    }

    String getName() {
        return name;
    }

    String getRegionCode() {
        return regionCode;
    }

    String getDepartementCode() {
        return departementCode;
    }

    CptsStage getStage() {
        return stage;
    }
}
