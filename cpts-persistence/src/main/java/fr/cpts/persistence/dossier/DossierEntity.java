package fr.cpts.persistence.dossier;

import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.mission.Mission;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Table mapping of a dossier, its per-mission texts, its timetable and its timeline; versioned. */
@Entity
@Table(name = "dossier")
class DossierEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    Long id;

    @Column(name = "cpts_id", nullable = false, updatable = false)
    long cptsId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = 20)
    DossierKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    DossierState state;

    @Column(nullable = false)
    String diagnostic = "";

    @Column(nullable = false)
    String actors = "";

    @Column(nullable = false)
    String objectives = "";

    @Column(nullable = false)
    String evaluation = "";

    @Column(name = "financial_framing", nullable = false)
    String financialFraming = "";

    @Column(name = "information_sharing", nullable = false)
    String informationSharing = "";

    @Column(nullable = false)
    String protocols = "";

    @Column(name = "created_at", nullable = false, updatable = false)
    Instant createdAt;

    @Column(name = "in_state_since", nullable = false)
    Instant inStateSince;

    @Version
    long version;

    @ElementCollection
    @CollectionTable(name = "dossier_mission", joinColumns = @JoinColumn(name = "dossier_id"))
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyColumn(name = "mission", length = 40)
    Map<Mission, MissionTextEmbeddable> missions = new EnumMap<>(Mission.class);

    @ElementCollection
    @CollectionTable(name = "dossier_milestone", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    List<MilestoneEmbeddable> milestones = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "dossier_transition", joinColumns = @JoinColumn(name = "dossier_id"))
    @OrderColumn(name = "position")
    List<TransitionEmbeddable> transitions = new ArrayList<>();

    protected DossierEntity() {}

    DossierEntity(long cptsId, DossierKind kind, Instant createdAt) {
        this.cptsId = cptsId;
        this.kind = kind;
        this.createdAt = createdAt;
    }
}
