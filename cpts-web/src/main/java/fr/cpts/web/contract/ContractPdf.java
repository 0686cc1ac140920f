package fr.cpts.web.contract;

import fr.cpts.domain.contract.BinaryReward;
import fr.cpts.domain.contract.ContractMission;
import fr.cpts.domain.contract.ContractSignature;
import fr.cpts.domain.contract.Indicator;
import fr.cpts.domain.contract.SignedContract;
import fr.cpts.domain.contract.TieredReward;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.money.FrenchNumbers;
import fr.cpts.domain.money.Money;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.profile.PostalAddress;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Communes;
import fr.cpts.domain.territory.Departement;
import fr.cpts.domain.territory.Region;
import fr.cpts.funding.aci.AciCeilings;
import fr.cpts.funding.contract.ContractCheckResult;
import fr.cpts.web.document.ContractDocument;
import fr.cpts.web.document.ContractPdfs;
import fr.cpts.web.document.PdfDocument;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;

/** Issues the PDF of a signed contract version: the document's content from the contract, rendered and fingerprinted. */
@Component
class ContractPdf {

    private final ContractPdfs pdfs;
    private final CptsProfiles profiles;
    private final Communes communes;

    ContractPdf(ContractPdfs pdfs, CptsProfiles profiles, Communes communes) {
        this.pdfs = pdfs;
        this.profiles = profiles;
        this.communes = communes;
    }

    ArchivedDocument issue(CptsRecord cpts, SignedContract contract, ContractCheckResult check, Instant at) {
        PdfDocument pdf = pdfs.contract(document(cpts, contract, check));
        return ArchivedDocument.issue(pdf.filename(), pdf.bytes(), at);
    }

    ContractDocument document(CptsRecord cpts, SignedContract contract, ContractCheckResult check) {
        AciCeilings ceilings = check.ceilings().orElseThrow();
        String address = profiles.of(cpts.id())
                .map(profile -> profile.profile().address())
                .map(ContractPdf::line)
                .orElse("Adresse non renseignée dans la fiche CPTS");
        String departement = communes.departements().stream()
                .filter(d -> d.code().equals(cpts.departement().value()))
                .map(Departement::name)
                .findFirst()
                .map(name -> name + " (" + cpts.departement().value() + ")")
                .orElse(cpts.departement().value());
        String region = communes.regions().stream()
                .filter(r -> r.code().equals(cpts.region().value()))
                .map(Region::name)
                .findFirst()
                .orElse(cpts.region().value());
        List<ContractDocument.Mission> missions =
                contract.terms().missions().stream().map(ContractPdf::mission).toList();
        Money fixed = contract.terms().missions().stream()
                .map(ContractMission::fixedAmount)
                .reduce(Money.ZERO, Money::plus);
        Money variable = contract.indicators().stream()
                .map(indicator -> indicator.reward().maximum())
                .reduce(Money.ZERO, Money::plus);
        List<ContractDocument.Signature> signatures =
                contract.signatures().stream().map(ContractPdf::signature).toList();
        return new ContractDocument(
                cpts.name(),
                departement,
                region,
                address,
                contract.version(),
                contract.amendmentReason().orElse(null),
                contract.signatureDate(),
                contract.terms().population(),
                "Tranche " + ceilings.bracket().code() + " ("
                        + ceilings.bracket().reading() + ")",
                ceilings.ruleSetName(),
                ceilings.legalReference().toString(),
                missions,
                fixed,
                variable,
                signatures);
    }

    private static String line(PostalAddress address) {
        return address.street() + ", " + address.postalCode() + " " + address.city();
    }

    private static ContractDocument.Mission mission(ContractMission mission) {
        return new ContractDocument.Mission(
                mission.mission().label(),
                mission.mission().kind(),
                mission.startOn(),
                mission.fullyDeployedOn(),
                mission.fixedAmount(),
                mission.fixedAmountByYear(),
                mission.indicators().stream().map(ContractPdf::indicator).toList());
    }

    private static ContractDocument.Indicator indicator(Indicator indicator) {
        ContractDocument.Reward reward = indicator.reward() instanceof BinaryReward binary
                ? new ContractDocument.BinaryReward(binary.amount())
                : new ContractDocument.TieredReward(((TieredReward) indicator.reward())
                        .tiers().stream()
                                .map(tier -> new ContractDocument.Tier(
                                        tier.label(), FrenchNumbers.format(tier.threshold()), tier.amount()))
                                .toList());
        return new ContractDocument.Indicator(
                indicator.name(),
                FrenchNumbers.format(indicator.baseline()),
                FrenchNumbers.format(indicator.target()),
                reward);
    }

    private static ContractDocument.Signature signature(ContractSignature signature) {
        String party =
                switch (signature.party()) {
                    case CPTS -> "Pour la CPTS";
                    case ARS -> "Pour l'Agence régionale de santé";
                    case CPAM -> "Pour la Caisse primaire d'assurance maladie";
                };
        return new ContractDocument.Signature(
                party,
                signature.signer().displayName(),
                signature.signer().role().label(),
                signature.at());
    }
}
