package fr.cpts.web.document;

import fr.cpts.domain.mission.MissionKind;
import fr.cpts.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the PDF of a tripartite ACI contract (or of one of its amendments) shows, prepared by the caller: the CPTS and
 * its territory, the version, the rule set it applies, each mission with its indicators, the totals and the three
 * parties' signatures.
 *
 * @param cptsName          e.g. {@code CPTS Sud Gironde}
 * @param departement       as it is read, e.g. {@code Gironde (33)}
 * @param region            e.g. {@code Nouvelle-Aquitaine}
 * @param address           the CPTS's registered address (siège), on one line
 * @param version           1 for the contract itself, N + 1 for its N-th amendment (avenant)
 * @param amendmentReason   why this amendment was made; {@code null} for the contract itself
 * @param signedOn          the day the contract (or amendment) took effect by its last signature
 * @param population        the population of the territory
 * @param bracket           the size bracket (tranche) that population falls in, e.g. {@code Taille 2 (40 000 à 80 000 habitants)}
 * @param ruleSetName       the rules the amounts come from, e.g. {@code ACI CPTS – avenant 2 (2024)}
 * @param legalReference    their legal text, e.g. {@code Arrêté du 21 août 2019 …}
 * @param missions          the contract's missions, in the order to show
 * @param fixedTotal        the yearly fixed part (part fixe) of all the missions
 * @param variableMaximum   the most the variable part (part variable) can pay in a year
 * @param signatures        the parties' signatures, in the order to show (usually CPTS, ARS, CPAM)
 */
public record ContractDocument(
        String cptsName,
        String departement,
        String region,
        String address,
        int version,
        String amendmentReason,
        LocalDate signedOn,
        long population,
        String bracket,
        String ruleSetName,
        String legalReference,
        List<Mission> missions,
        Money fixedTotal,
        Money variableMaximum,
        List<Signature> signatures) {

    public ContractDocument {
        cptsName = required(cptsName, "nom de la CPTS");
        departement = required(departement, "département");
        region = required(region, "région");
        address = required(address, "adresse");
        if (version < 1) {
            throw new IllegalArgumentException("Version de contrat invalide : " + version + ".");
        }
        amendmentReason = amendmentReason == null || amendmentReason.isBlank() ? null : amendmentReason.strip();
        Objects.requireNonNull(signedOn, "date de signature");
        if (population < 0) {
            throw new IllegalArgumentException("Population invalide : " + population + ".");
        }
        bracket = required(bracket, "tranche de population");
        ruleSetName = required(ruleSetName, "règles de financement");
        legalReference = required(legalReference, "référence juridique");
        missions = List.copyOf(Objects.requireNonNull(missions, "missions"));
        Objects.requireNonNull(fixedTotal, "part fixe totale");
        Objects.requireNonNull(variableMaximum, "part variable maximale");
        signatures = List.copyOf(Objects.requireNonNull(signatures, "signatures"));
    }

    /** Whether this is an amendment (avenant) rather than the contract itself. */
    public boolean isAmendment() {
        return version > 1;
    }

    /** The most the contract can pay in a year: fixed part plus the whole variable part. */
    public Money yearlyMaximum() {
        return fixedTotal.plus(variableMaximum);
    }

    /** The latest signature, which completed the contract; empty while none was given. */
    public Optional<Instant> lastSignedAt() {
        return signatures.stream()
                .map(Signature::signedAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder());
    }

    /**
     * One mission as the contract sets it.
     *
     * @param label            e.g. {@code Accès à un médecin traitant}
     * @param kind             socle (compulsory) or optionnelle
     * @param startOn          when the mission starts
     * @param fullyDeployedOn  when it must be fully deployed
     * @param fixedAmount      its yearly fixed part
     * @param indicators       the indicators of its variable part, possibly none
     */
    public record Mission(
            String label,
            MissionKind kind,
            LocalDate startOn,
            LocalDate fullyDeployedOn,
            Money fixedAmount,
            Map<Integer, Money> fixedAmountByYear,
            List<Indicator> indicators) {

        public Mission {
            fixedAmountByYear = Collections.unmodifiableMap(new TreeMap<>(fixedAmountByYear));
            label = required(label, "intitulé de la mission");
            Objects.requireNonNull(kind, "nature de la mission");
            Objects.requireNonNull(startOn, "date de démarrage");
            Objects.requireNonNull(fullyDeployedOn, "date de déploiement complet");
            Objects.requireNonNull(fixedAmount, "part fixe");
            indicators = List.copyOf(Objects.requireNonNull(indicators, "indicateurs"));
        }
    }

    /**
     * One indicator of a mission, its values written as they are read (with their unit when they have one).
     *
     * @param name      e.g. {@code Patients sans médecin traitant}
     * @param baseline  its value when the contract was signed, e.g. {@code 12 %}
     * @param target    its target, e.g. {@code 8 %}
     * @param reward    how it pays
     */
    public record Indicator(String name, String baseline, String target, Reward reward) {

        public Indicator {
            name = required(name, "nom de l'indicateur");
            baseline = required(baseline, "valeur de départ");
            target = required(target, "cible");
            Objects.requireNonNull(reward, "rémunération");
        }
    }

    /** How an indicator pays: all or nothing, or by tiers. */
    public sealed interface Reward permits BinaryReward, TieredReward {

        /** The most it pays in a year. */
        Money maximum();

        /** Whether it pays by tiers (then a {@link TieredReward}), rather than all or nothing. */
        default boolean byTiers() {
            return this instanceof TieredReward;
        }
    }

    /** Paid all or nothing (indicateur binaire): this amount when the target is reached. */
    public record BinaryReward(Money amount) implements Reward {

        public BinaryReward {
            Objects.requireNonNull(amount, "montant");
        }

        @Override
        public Money maximum() {
            return amount;
        }
    }

    /** Paid by tiers (paliers), e.g. socle, intermédiaire, objectif. */
    public record TieredReward(List<Tier> tiers) implements Reward {

        public TieredReward {
            tiers = List.copyOf(Objects.requireNonNull(tiers, "paliers"));
            if (tiers.isEmpty()) {
                throw new IllegalArgumentException("Un indicateur à paliers doit en avoir au moins un.");
            }
        }

        @Override
        public Money maximum() {
            return tiers.stream()
                    .map(Tier::amount)
                    .max(Comparator.naturalOrder())
                    .orElseThrow();
        }
    }

    /**
     * One tier of an indicator.
     *
     * @param label      e.g. {@code Palier 1}
     * @param threshold  the value to reach, as it is read, e.g. {@code 10 %}
     * @param amount     what it pays
     */
    public record Tier(String label, String threshold, Money amount) {

        public Tier {
            label = required(label, "nom du palier");
            threshold = required(threshold, "seuil du palier");
            Objects.requireNonNull(amount, "montant du palier");
        }
    }

    /**
     * One party's signature.
     *
     * @param party       as the block is headed, e.g. {@code Pour la CPTS}, {@code Pour l'ARS Nouvelle-Aquitaine}
     * @param signerName  e.g. {@code Claire Martin}
     * @param role        the signer's function, e.g. {@code Présidente de la CPTS}
     * @param signedAt    when the party signed, shown {@code dd/MM/yyyy à HH:mm} Paris time; {@code null} while not
     *                    signed yet
     */
    public record Signature(String party, String signerName, String role, Instant signedAt) {

        public Signature {
            party = required(party, "partie signataire");
            signerName = required(signerName, "nom du signataire");
            role = required(role, "fonction du signataire");
        }
    }

    static String required(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Le document PDF demande : " + what + ".");
        }
        return value.strip();
    }
}
