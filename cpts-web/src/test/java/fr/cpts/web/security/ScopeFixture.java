package fr.cpts.web.security;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Actor;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.cpts.CptsRecord;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.AttachmentInfo;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.LetterOfIntent;
import fr.cpts.domain.dossier.Milestone;
import fr.cpts.domain.dossier.OpinionBody;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.mission.Mission;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.domain.territory.DepartementCode;
import fr.cpts.domain.territory.InseeCode;
import fr.cpts.domain.territory.RegionCode;
import fr.cpts.domain.territory.Territories;
import fr.cpts.domain.territory.Territory;
import fr.cpts.web.assistant.AssistantRequestFixtures;
import fr.cpts.web.dossier.TestPorteurs;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Two CPTS of a test's own, so that its writes never touch the demo data other tests read:
 * <ul>
 *   <li>« in »: in Gironde (région 75, département 33), in the scope of the demo ARS and CPAM officers, with a porteur
 *   of its own; its letter of intent is under instruction, with an opinion asked of the CPAM and an attachment;</li>
 *   <li>« out »: in Guadeloupe (région 01, département 971), in nobody's scope among the test accounts; its letter of
 *   intent is filed (so taking it, refusing it... would be legal moves if a scope check were missing), with an opinion
 *   asked of the CPAM and an attachment.</li>
 * </ul>
 */
final class ScopeFixture {

    static final byte[] PDF = "%PDF-1.4\n%%EOF".getBytes(StandardCharsets.US_ASCII);
    static final Actor ARS = new Actor("ars", "Julien Lefèvre (ARS Nouvelle-Aquitaine)", Role.ARS_OFFICER);

    final TestPorteurs.TestPorteur porteur;
    final CptsRecord in;
    final Dossier inLetter;
    final long inOpinion;
    final long inAttachment;
    final CptsRecord out;
    final Dossier outLetter;
    final long outOpinion;
    final long outAttachment;
    /** A filed medical-assistant subsidy request of each CPTS, once {@link #withAssistantRequests} has run. */
    long inAssistantRequest;

    long outAssistantRequest;

    private ScopeFixture(
            TestPorteurs.TestPorteur porteur,
            Dossier inLetter,
            long inOpinion,
            long inAttachment,
            CptsRecord out,
            Dossier outLetter,
            long outOpinion,
            long outAttachment) {
        this.porteur = porteur;
        this.in = porteur.cpts();
        this.inLetter = inLetter;
        this.inOpinion = inOpinion;
        this.inAttachment = inAttachment;
        this.out = out;
        this.outLetter = outLetter;
        this.outOpinion = outOpinion;
        this.outAttachment = outAttachment;
    }

    static ScopeFixture create(
            String name,
            CptsRecords records,
            Territories territories,
            Accounts accounts,
            PasswordEncoder encoder,
            Dossiers dossiers,
            DossierExchanges exchanges) {
        TestPorteurs.TestPorteur porteur = TestPorteurs.create(name, records, territories, accounts, encoder);
        Actor porteurActor = new Actor(porteur.username(), "Porteur " + name, Role.PORTEUR);
        Instant now = Instant.now();

        Dossier inLetter = Dossier.startLetterOfIntent(porteur.cpts().id(), now.minusSeconds(3600));
        inLetter.edit(completeLetter(), porteurActor);
        inLetter.submit(
                porteurActor,
                now.minusSeconds(1800),
                territories.of(porteur.cpts().id()),
                List.of());
        inLetter.take(ARS, now.minusSeconds(900));
        inLetter = dossiers.save(inLetter);

        String suffix = ProcessHandle.current().pid() + "-" + System.nanoTime() % 1_000_000;
        CptsRecord out = records.create(
                "CPTS Hors Périmètre " + name + " " + suffix, new RegionCode("01"), new DepartementCode("971"));
        Actor outPorteur = new Actor("porteur-hors-perimetre", "Porteur hors périmètre", Role.PORTEUR);
        Dossier outLetter = Dossier.startLetterOfIntent(out.id(), now.minusSeconds(3600));
        outLetter.edit(completeLetter(), outPorteur);
        outLetter.submit(
                outPorteur, now.minusSeconds(1800), new Territory(out.id(), Set.of(new InseeCode("97105"))), List.of());
        outLetter = dossiers.save(outLetter);

        long inOpinion = exchanges
                .saveOpinion(OpinionRequest.ask(
                        inLetter.id().orElseThrow(),
                        OpinionBody.CPAM,
                        "Avis de la CPAM sur la CPTS du test ?",
                        ARS,
                        now))
                .id()
                .orElseThrow();
        long outOpinion = exchanges
                .saveOpinion(OpinionRequest.ask(
                        outLetter.id().orElseThrow(),
                        OpinionBody.CPAM,
                        "Avis de la CGSS sur " + out.name() + " ?",
                        ARS,
                        now))
                .id()
                .orElseThrow();
        AttachmentInfo inAttachment =
                exchanges.attach(inLetter.id().orElseThrow(), new PdfFile("dans.pdf", PDF), porteurActor, now);
        AttachmentInfo outAttachment =
                exchanges.attach(outLetter.id().orElseThrow(), new PdfFile("hors-perimetre.pdf", PDF), outPorteur, now);
        return new ScopeFixture(
                porteur, inLetter, inOpinion, inAttachment.id(), out, outLetter, outOpinion, outAttachment.id());
    }

    long inLetterId() {
        return inLetter.id().orElseThrow().value();
    }

    long outLetterId() {
        return outLetter.id().orElseThrow().value();
    }

    /** Files a subsidy request for each CPTS (deciding the « out » one would be legal if a scope check were missing). */
    ScopeFixture withAssistantRequests(AssistantSubsidyRequests requests) {
        inAssistantRequest = AssistantRequestFixtures.filed(requests, in, "Dr Dans le périmètre")
                .id()
                .orElseThrow()
                .value();
        outAssistantRequest = AssistantRequestFixtures.filed(requests, out, "Dr Hors périmètre")
                .id()
                .orElseThrow()
                .value();
        return this;
    }

    /** A letter of intent with everything filing needs. */
    static LetterOfIntent completeLetter() {
        Map<Mission, String> orientations = new EnumMap<>(Mission.class);
        for (Mission mission : Mission.values()) {
            orientations.put(mission, "Orientations pour la mission « " + mission.label() + " ».");
        }
        return new LetterOfIntent(
                "Premier diagnostic du territoire.",
                "Acteurs et partenaires du territoire.",
                orientations,
                List.of(new Milestone(LocalDate.of(2026, 3, 1), "Assemblée constitutive")));
    }
}
