package fr.cpts.domain.profile;

import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.territory.InseeCode;
import java.util.Objects;
import java.util.Optional;

/**
 * A member of the CPTS: a health professional (with their profession), a coordinated-care structure (ESP, MSP,
 * CDS), a medico-social or a hospital partner; by name, with the commune where it practises when known.
 */
public record Member(
        MemberKind kind,
        String name,
        Optional<Profession> profession,
        Optional<StructureType> structureType,
        Optional<InseeCode> commune) {

    public Member {
        Objects.requireNonNull(kind, "type de membre");
        Objects.requireNonNull(profession, "profession (vide si sans objet)");
        Objects.requireNonNull(structureType, "type de structure (vide si sans objet)");
        Objects.requireNonNull(commune, "commune (vide si inconnue)");
        name = Text.required(name, "Le nom du membre", 200);
        if (kind == MemberKind.HEALTH_PROFESSIONAL && profession.isEmpty()) {
            throw new DomainException("La profession d'un professionnel de santé membre est obligatoire.");
        }
        if (kind != MemberKind.HEALTH_PROFESSIONAL && profession.isPresent()) {
            throw new DomainException("Seul un professionnel de santé a une profession.");
        }
        if (kind == MemberKind.CARE_STRUCTURE && structureType.isEmpty()) {
            throw new DomainException("Le type de structure (ESP, MSP ou CDS) est obligatoire.");
        }
        if (kind != MemberKind.CARE_STRUCTURE && structureType.isPresent()) {
            throw new DomainException("Seule une structure d'exercice coordonné a un type de structure.");
        }
    }

    public static Member professional(String name, Profession profession, Optional<InseeCode> commune) {
        return new Member(MemberKind.HEALTH_PROFESSIONAL, name, Optional.of(profession), Optional.empty(), commune);
    }

    public static Member structure(String name, StructureType type, Optional<InseeCode> commune) {
        return new Member(MemberKind.CARE_STRUCTURE, name, Optional.empty(), Optional.of(type), commune);
    }

    public static Member partner(MemberKind kind, String name, Optional<InseeCode> commune) {
        return new Member(kind, name, Optional.empty(), Optional.empty(), commune);
    }

    /** What the member is, in French: its profession, its structure type, or its kind. */
    public String description() {
        return profession
                .map(Profession::label)
                .or(() -> structureType.map(StructureType::label))
                .orElse(kind.label());
    }
}
