package fr.cpts.persistence.dossier;

import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.dossier.ActionSheet;
import fr.cpts.domain.dossier.CptsProgress;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierConflict;
import fr.cpts.domain.dossier.DossierContent;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.DossierMove;
import fr.cpts.domain.dossier.DossierState;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.HealthProject;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.lifecycle.Step;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dossiers port over {@code dossier} and its child tables. A save from a version other than the stored one is
 * refused ({@link DossierConflict}), and so is one that loses the race at commit (JPA {@code @Version}).
 */
@Repository
@Transactional(readOnly = true)
class JpaDossiers implements Dossiers {

    private final DossierJpaRepository repository;

    private final JdbcTemplate jdbc;

    JpaDossiers(DossierJpaRepository repository, JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.repository = repository;
    }

    @Override
    public Optional<Dossier> byId(DossierId id) {
        return repository.findById(id.value()).map(JpaDossiers::toDomain);
    }

    @Override
    public Optional<Dossier> of(CptsId cpts, DossierKind kind) {
        return repository.findByCptsIdAndKind(cpts.value(), kind).map(JpaDossiers::toDomain);
    }

    @Override
    public List<Dossier> ofCpts(Collection<CptsId> cpts) {
        if (cpts.isEmpty()) {
            return List.of();
        }
        return repository.findByCptsIdIn(cpts.stream().map(CptsId::value).toList()).stream()
                .map(JpaDossiers::toDomain)
                .sorted(Comparator.comparing(Dossier::inStateSince))
                .toList();
    }

    @Override
    @Transactional
    public Dossier save(Dossier dossier) {
        DossierEntity entity;
        if (dossier.id().isEmpty()) {
            entity = new DossierEntity(dossier.cpts().value(), dossier.kind(), dossier.createdAt());
        } else {
            entity = repository.findById(dossier.id().get().value()).orElseThrow(DossierConflict::new);
            if (entity.version != dossier.version()) {
                throw new DossierConflict();
            }
        }
        write(dossier, entity);
        try {
            Dossier saved = toDomain(repository.saveAndFlush(entity));
            // the stage of the CPTS moves with its dossiers, in the same transaction, and never back
            jdbc.update(
                    "update cpts set stage = ? where id = ? and cpts_stage_rank(stage) < cpts_stage_rank(?)",
                    CptsProgress.stageOf(saved.kind(), saved.state()).name(),
                    saved.cpts().value(),
                    CptsProgress.stageOf(saved.kind(), saved.state()).name());
            return saved;
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException lost) {
            // someone saved in between, or created the same kind of dossier for the CPTS at the same time
            throw new DossierConflict();
        }
    }

    private static void write(Dossier dossier, DossierEntity entity) {
        entity.state = dossier.state();
        entity.inStateSince = dossier.inStateSince();
        entity.missions.clear();
        entity.milestones.clear();
        if (dossier.content() instanceof LetterOfIntent letter) {
            entity.diagnostic = letter.firstDiagnostic();
            entity.actors = letter.actorsAndPartners();
            letter.orientations().forEach((mission, text) -> {
                MissionTextEmbeddable row = new MissionTextEmbeddable();
                row.orientation = text;
                entity.missions.put(mission, row);
            });
            letter.timetable()
                    .forEach(milestone ->
                            entity.milestones.add(new MilestoneEmbeddable(milestone.date(), milestone.label())));
        } else if (dossier.content() instanceof HealthProject project) {
            entity.diagnostic = project.diagnostic();
            entity.actors = project.actorsEngaged();
            entity.objectives = project.objectives();
            entity.evaluation = project.evaluation();
            entity.financialFraming = project.financialFraming();
            entity.informationSharing = project.informationSharing();
            entity.protocols = project.protocols();
            project.actionSheets().forEach((mission, sheet) -> {
                MissionTextEmbeddable row = new MissionTextEmbeddable();
                row.operationalObjectives = sheet.operationalObjectives();
                row.means = sheet.means();
                row.actions = sheet.actions();
                row.calendar = sheet.calendar();
                row.indicators = sheet.indicators();
                entity.missions.put(mission, row);
            });
        }
        List<Step<DossierMove, DossierState>> timeline = dossier.timeline();
        if (timeline.size() < entity.transitions.size()) {
            throw new IllegalStateException("Un historique de dossier ne se raccourcit jamais");
        }
        // the timeline only grows: the stored steps stay as they are, the new ones are appended
        for (Step<DossierMove, DossierState> step : timeline.subList(entity.transitions.size(), timeline.size())) {
            TransitionEmbeddable row = new TransitionEmbeddable();
            row.move = step.move().name();
            row.fromState = step.from().name();
            row.toState = step.to().name();
            row.actorUsername = step.actor().username();
            row.actorName = step.actor().displayName();
            row.actorRole = step.actor().role().name();
            row.at = step.at();
            row.reason = step.reason();
            entity.transitions.add(row);
        }
    }

    static Dossier toDomain(DossierEntity entity) {
        DossierContent content =
                switch (entity.kind) {
                    case LETTRE_INTENTION -> {
                        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
                        entity.missions.forEach((mission, row) -> orientations.put(mission, row.orientation));
                        yield new LetterOfIntent(
                                entity.diagnostic,
                                entity.actors,
                                orientations,
                                entity.milestones.stream()
                                        .map(row -> new Milestone(row.dueOn, row.label))
                                        .toList());
                    }
                    case PROJET_SANTE -> {
                        Map<Mission, ActionSheet> sheets = new EnumMap<>(Mission.class);
                        entity.missions.forEach((mission, row) -> sheets.put(
                                mission,
                                new ActionSheet(
                                        row.operationalObjectives,
                                        row.means,
                                        row.actions,
                                        row.calendar,
                                        row.indicators)));
                        yield new HealthProject(
                                entity.diagnostic,
                                entity.actors,
                                entity.objectives,
                                sheets,
                                entity.evaluation,
                                entity.financialFraming,
                                entity.informationSharing,
                                entity.protocols);
                    }
                };
        List<Step<DossierMove, DossierState>> timeline = entity.transitions.stream()
                .map(row -> new Step<>(
                        DossierMove.valueOf(row.move),
                        DossierState.valueOf(row.fromState),
                        DossierState.valueOf(row.toState),
                        ActorColumns.actor(row.actorUsername, row.actorName, row.actorRole),
                        row.at,
                        null,
                        row.reason))
                .toList();
        return Dossier.restore(
                new DossierId(entity.id),
                new CptsId(entity.cptsId),
                entity.kind,
                entity.state,
                content,
                timeline,
                entity.version,
                entity.createdAt);
    }
}
