package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.account.AccessScope;
import fr.cpts.domain.account.Account;
import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.account.Role;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.DossierKind;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.dossier.SeedGrants;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.profile.CptsProfiles;
import fr.cpts.domain.shared.FrenchDates;
import fr.cpts.domain.shared.TypedText;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.contract.ContractForms;
import fr.cpts.web.contract.ContractTestTeams;
import fr.cpts.web.dossier.TestPorteurs;
import fr.cpts.web.payment.PaymentFixtures;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A catalogue of bad inputs (empty, huge, wrong types, negative and huge numbers, far dates, unicode edge cases,
 * SQL and HTML payloads) thrown at every field of every form and API endpoint: never a 5xx; a state-changing request
 * whose input is invalid stores nothing; every text stored and shown again comes back escaped.
 */
@CptsWebTest
class BadInputCatalogueTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";
    static final String NUL = "a\u0000b";
    static final String HUGE = "a".repeat(100 * 1024);

    /** The bad inputs, each tried in each field. */
    static final List<String> CATALOGUE = List.of(
            "",
            "   ",
            HUGE,
            "abc",
            "-1",
            "-99999999999999999999",
            "99999999999999999999",
            "1.5e308",
            "1800-01-01",
            "9999-12-31",
            "01/01/1800",
            "31/12/9999",
            "\u202Egnp.exe",
            "\uD83C\uDFE5 Maison de santé \uD83D\uDE00",
            NUL,
            "e\u0301\u0301\u0301\u0301",
            "x\uD800y",
            "'; drop table cpts; --",
            "1' or '1'='1",
            SCRIPT,
            IMG);

    /** A field that holds free text: refused when blank, longer than {@code max}, or holding a NUL character. */
    static Predicate<String> text(int max, boolean required) {
        return value -> (required && value.isBlank()) || value.strip().length() > max || value.indexOf('\0') >= 0;
    }

    /** A person's first or last name: letters, spaces, hyphens and apostrophes, 100 characters at most. */
    static final Predicate<String> PERSON_NAME = value -> value.isBlank()
            || value.strip().length() > 100
            || value.chars().anyMatch(c -> Character.isISOControl(c) || "<>\"{}[]=;".indexOf(c) >= 0);

    /** A field for which every value of the catalogue is invalid (a code, a number, a version, a choice). */
    static final Predicate<String> ALWAYS = value -> true;

    /** A date field of a draft: may stay blank; refused when it reads as no date (JJ/MM/AAAA, or AAAA-MM-JJ). */
    static final Predicate<String> DATE = value ->
            !(value.isBlank() || value.matches("\\d\\d/\\d\\d/\\d{4}") || value.matches("\\d{4}-\\d\\d-\\d\\d"));

    /** A number field: only the catalogue's small integers (such as -1) are valid numbers. */
    static final Predicate<String> SMALL_NUMBER = value -> !value.matches("-?\\d{1,10}");

    /** An optional code: may stay blank; every other value of the catalogue is refused. */
    static final Predicate<String> OPTIONAL_CODE = value -> !value.isBlank();

    /** One form or API endpoint, its valid parameters, the fields to spoil, and what it would store. */
    record Target(
            String name,
            Supplier<MockHttpSession> session,
            Function<Map<String, String>, AbstractMockHttpServletRequestBuilder<?>> request,
            Supplier<Map<String, String>> valid,
            Map<String, Predicate<String>> fields,
            Supplier<Object> stored) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    CptsRecords records;

    @Autowired
    Territories territories;

    @Autowired
    Accounts accounts;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    Dossiers dossiers;

    @Autowired
    DossierExchanges exchanges;

    @Autowired
    SeedGrants seedGrants;

    @Autowired
    CptsProfiles profiles;

    @Autowired
    Contracts contracts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    PaymentOrders paymentOrders;

    @Autowired
    PlatformTransactionManager transactionManager;

    private int orders;

    @Test
    void noBadInputCausesAServerErrorNorStoresAnythingAndWhatIsStoredIsShownEscaped() throws Exception {
        ScopeFixture fixture =
                ScopeFixture.create("Saisies", records, territories, accounts, encoder, dossiers, exchanges);
        TestPorteurs.TestPorteur drafter =
                TestPorteurs.create("CPTS Brouillon", records, territories, accounts, encoder);
        MockHttpSession porteur = SignIn.as(mvc, fixture.porteur.username(), fixture.porteur.password());
        MockHttpSession draftPorteur = SignIn.as(mvc, drafter.username(), drafter.password());
        MockHttpSession ars = SignIn.as(mvc, "ars", "ars-demo");
        MockHttpSession admin = SignIn.as(mvc, "admin", "admin-demo");
        MockHttpSession cpam = SignIn.as(mvc, "cpam", "cpam-demo");
        // the draft porteur's letter of intent is stored once, so that it can be edited from its version
        mvc.perform(post("/porteur/dossiers/lettre-intention/modifier")
                .param("version", "0")
                .param("firstDiagnostic", "Premier diagnostic")
                .with(csrf())
                .session(draftPorteur));
        CptsId draftCpts = drafter.cpts().id();
        CptsId inCpts = fixture.in.id();
        DossierId inLetter = fixture.inLetter.id().orElseThrow();
        long dossierId = fixture.inLetterId();
        // a CPTS negotiating its contract draft, and one about to draft it
        TestPorteurs.TestPorteur negotiator = ContractTestTeams.withValidatedHealthProject(
                "CPTS Saisies contrat", records, territories, accounts, encoder, dossiers);
        TestPorteurs.TestPorteur starter = ContractTestTeams.withValidatedHealthProject(
                "CPTS Saisies signature", records, territories, accounts, encoder, dossiers);
        MockHttpSession negotiating = SignIn.as(mvc, negotiator.username(), negotiator.password());
        MockHttpSession starting = SignIn.as(mvc, starter.username(), starter.password());
        mvc.perform(post("/porteur/contrat")
                .param("signatureDate", "2024-07-01")
                .with(csrf())
                .session(negotiating));
        CptsId contractCpts = negotiator.cpts().id();

        // a porteur who signed up and has no CPTS yet, and the address of a sign-up
        String loner = "sans-cpts-" + System.nanoTime();
        accounts.create(new Account(
                loner, "Porteur sans CPTS", encoder.encode(loner + "-demo"), Role.PORTEUR, new AccessScope.NoCpts()));
        MockHttpSession unattached = SignIn.as(mvc, loner, loner + "-demo");
        String signUpAddress = "saisies." + System.nanoTime() + "@exemple.fr";

        List<Target> targets = List.of(
                new Target(
                        "diagnostic data set import",
                        () -> admin,
                        p -> multipart("/admin/diagnostic")
                                .file(new MockMultipartFile(
                                        "file",
                                        "apl.csv",
                                        "text/csv",
                                        "code_insee;apl_mg\n33227;3,2\n".getBytes(StandardCharsets.UTF_8))),
                        () -> Map.of("source", "drees-apl", "year", "2017", "effectiveOn", ""),
                        fields("source", ALWAYS, "year", ALWAYS, "effectiveOn", (Predicate<String>) value -> false),
                        () -> jdbc.queryForObject("select count(*) from diagnostic_import", Long.class)),
                new Target(
                        "sign-up",
                        () -> null,
                        p -> post("/inscription"),
                        () -> Map.of(
                                "email", signUpAddress,
                                "firstName", "Anne",
                                "lastName", "Dubois",
                                "profession", "PHARMACIEN",
                                "rpps", "",
                                "newPassword", "une officine au coin de la place",
                                "confirmation", "une officine au coin de la place",
                                "terms", "true"),
                        fields(
                                "email", ALWAYS,
                                "firstName", PERSON_NAME,
                                "lastName", PERSON_NAME,
                                "profession", ALWAYS,
                                "rpps", OPTIONAL_CODE,
                                "newPassword", ALWAYS,
                                "confirmation", ALWAYS,
                                "terms", ALWAYS),
                        () -> jdbc.queryForObject("select count(*) from sign_up", Long.class)),
                new Target(
                        "sign-up verification",
                        () -> null,
                        p -> post("/inscription/verification"),
                        () -> Map.of("jeton", "inconnu"),
                        fields("jeton", ALWAYS),
                        () -> jdbc.queryForObject("select count(*) from account", Long.class)),
                new Target(
                        "new CPTS",
                        () -> unattached,
                        p -> post("/porteur/nouvelle-cpts"),
                        () -> Map.of("name", "CPTS Saisies " + loner, "departement", "33"),
                        fields(
                                "name",
                                (Predicate<String>) value -> text(200, true).test(value)
                                        || value.chars().anyMatch(Character::isISOControl),
                                "departement",
                                ALWAYS),
                        () -> jdbc.queryForObject("select count(*) from cpts", Long.class)),
                new Target(
                        "invitation to the team",
                        () -> porteur,
                        p -> post("/porteur/equipe/invitations"),
                        () -> Map.of("email", "collegue." + loner + "@exemple.fr"),
                        fields("email", ALWAYS),
                        () -> jdbc.queryForObject("select count(*) from porteur_invitation", Long.class)),
                new Target(
                        "joining a team",
                        () -> unattached,
                        p -> post("/porteur/invitation"),
                        () -> Map.of("jeton", "inconnu"),
                        fields("jeton", ALWAYS),
                        () -> jdbc.queryForObject(
                                "select count(*) from porteur_invitation where used_at is not null", Long.class)),
                new Target(
                        "removal from the team",
                        () -> porteur,
                        p -> post("/porteur/equipe/retrait"),
                        () -> Map.of("username", fixture.porteur.username()),
                        fields("username", ALWAYS),
                        () -> accounts.porteursOf(inCpts).size()),
                new Target(
                        "notification preferences",
                        () -> porteur,
                        p -> post("/compte/notifications"),
                        () -> Map.of("MESSAGE", "NO_MAIL", "SIGNATURE", "DAILY_DIGEST"),
                        fields("MESSAGE", ALWAYS, "SIGNATURE", ALWAYS),
                        () -> jdbc.queryForList(
                                "select p.kind || p.frequency from notification_preference p join account a on "
                                        + "a.id = p.account_id where a.username = ? order by 1",
                                String.class,
                                fixture.porteur.username())),
                new Target(
                        "notification opening",
                        () -> porteur,
                        p -> post("/notifications/{id}/ouvrir", p.get("id")),
                        () -> Map.of("id", "0"),
                        fields("id", ALWAYS),
                        () -> jdbc.queryForObject(
                                "select count(*) from notification where read_at is not null", Long.class)),
                new Target(
                        "letter of intent",
                        () -> draftPorteur,
                        p -> post("/porteur/dossiers/lettre-intention/modifier"),
                        () -> Map.of(
                                "version",
                                String.valueOf(letterVersion(draftCpts) + 1),
                                "firstDiagnostic",
                                "Diagnostic",
                                "actorsAndPartners",
                                "Acteurs",
                                "orientations[ACCES_SOINS]",
                                "Orientation",
                                "milestones[0].date",
                                "01/03/2026",
                                "milestones[0].label",
                                "Assemblée"),
                        fields(
                                "version",
                                ALWAYS,
                                "firstDiagnostic",
                                text(20_000, false),
                                "actorsAndPartners",
                                text(20_000, false),
                                "orientations[ACCES_SOINS]",
                                text(20_000, false),
                                "milestones[0].date",
                                DATE,
                                "milestones[0].label",
                                text(500, false)),
                        () -> letterVersion(draftCpts)),
                new Target(
                        "letter of intent saved as typed",
                        () -> draftPorteur,
                        p -> post("/porteur/dossiers/lettre-intention/brouillon"),
                        () -> Map.of(
                                "version",
                                String.valueOf(letterVersion(draftCpts) + 1),
                                "firstDiagnostic",
                                "Diagnostic",
                                "milestones[0].date",
                                "01/03/2026",
                                "milestones[0].label",
                                "Assemblée"),
                        fields(
                                "version",
                                ALWAYS,
                                "firstDiagnostic",
                                text(20_000, false),
                                "milestones[0].date",
                                DATE,
                                "milestones[0].label",
                                text(500, false)),
                        () -> letterVersion(draftCpts)),
                new Target(
                        "health project saved as typed",
                        () -> draftPorteur,
                        p -> post("/porteur/dossiers/projet-sante/brouillon"),
                        () -> Map.of("version", "0", "diagnostic", "Diagnostic"),
                        fields("version", ALWAYS, "diagnostic", ALWAYS),
                        () -> dossiers.of(draftCpts, DossierKind.PROJET_SANTE).isPresent()),
                new Target(
                        "health project",
                        () -> draftPorteur,
                        p -> post("/porteur/dossiers/projet-sante/modifier"),
                        () -> Map.of("version", "0", "diagnostic", "Diagnostic"),
                        fields("version", ALWAYS, "diagnostic", ALWAYS),
                        () -> dossiers.of(draftCpts, DossierKind.PROJET_SANTE).isPresent()),
                new Target(
                        "porteur message",
                        () -> porteur,
                        p -> post("/porteur/dossiers/lettre-intention/messages"),
                        () -> Map.of("text", "Bonjour"),
                        fields("text", text(TypedText.MESSAGE_MAX, true)),
                        () -> exchanges.messages(inLetter).size()),
                new Target(
                        "porteur filing",
                        () -> porteur,
                        p -> post("/porteur/dossiers/{slug}/deposer", p.getOrDefault("slug", "lettre-intention")),
                        () -> Map.of("slug", "lettre-intention"),
                        fields("slug", ALWAYS),
                        () -> dossiers.byId(inLetter).orElseThrow().version()),
                new Target(
                        "ARS comment",
                        () -> ars,
                        p -> post("/ars/dossiers/" + dossierId + "/commentaires"),
                        () -> Map.of("text", "Note"),
                        fields("text", text(TypedText.REASON_MAX, true)),
                        () -> exchanges.comments(inLetter).size()),
                new Target(
                        "ARS message",
                        () -> ars,
                        p -> post("/ars/dossiers/" + dossierId + "/messages"),
                        () -> Map.of("text", "Bonjour"),
                        fields("text", text(TypedText.MESSAGE_MAX, true)),
                        () -> exchanges.messages(inLetter).size()),
                new Target(
                        "ARS opinion request",
                        () -> ars,
                        p -> post("/ars/dossiers/" + dossierId + "/avis"),
                        () -> Map.of("body", "URPS", "question", "Avis ?"),
                        fields("body", ALWAYS, "question", text(TypedText.REASON_MAX, true)),
                        () -> exchanges.opinionsOf(inLetter).size()),
                new Target(
                        "ARS decision",
                        () -> ars,
                        p -> post("/ars/dossiers/{id}/decision", p.getOrDefault("id", "" + dossierId)),
                        () -> Map.of("id", "" + dossierId, "move", "TAKE", "reason", "Motif"),
                        fields("id", ALWAYS, "move", ALWAYS),
                        () -> dossiers.byId(inLetter).orElseThrow().version()),
                new Target(
                        "ARS FIR grant",
                        () -> ars,
                        p -> post("/ars/dossiers/" + dossierId + "/fir"),
                        () -> Map.of("amount", "30 000", "decidedOn", "01/02/2026"),
                        fields("amount", ALWAYS, "decidedOn", ALWAYS),
                        () -> seedGrants.of(inLetter).isPresent()),
                new Target(
                        "CPAM opinion",
                        () -> cpam,
                        p -> post("/cpam/avis/" + fixture.inOpinion),
                        () -> Map.of("answer", "Favorable", "verdict", "FAVOURABLE"),
                        fields("answer", text(TypedText.MESSAGE_MAX, true), "verdict", ALWAYS),
                        () -> exchanges.opinion(fixture.inOpinion).flatMap(OpinionRequest::answer)),
                new Target(
                        "ARS opinion answer",
                        () -> ars,
                        p -> post(
                                "/ars/dossiers/" + dossierId + "/avis/{opinionId}",
                                p.getOrDefault("opinionId", "" + fixture.inOpinion)),
                        () -> Map.of("opinionId", "" + fixture.inOpinion, "answer", "Avis reçu"),
                        fields("opinionId", ALWAYS, "answer", text(TypedText.MESSAGE_MAX, true)),
                        () -> exchanges.opinion(fixture.inOpinion).flatMap(OpinionRequest::answer)),
                new Target(
                        "territory: add a commune",
                        () -> porteur,
                        p -> post("/porteur/cpts/territoire/communes"),
                        () -> Map.of("code", "33063", "version", "" + territoryVersion(inCpts)),
                        fields("code", ALWAYS, "version", ALWAYS),
                        () -> territoryVersion(inCpts)),
                new Target(
                        "territory: remove a commune",
                        () -> porteur,
                        p -> post("/porteur/cpts/territoire/communes/retrait"),
                        () -> Map.of("code", "33063", "version", "" + territoryVersion(inCpts)),
                        fields("code", ALWAYS, "version", ALWAYS),
                        () -> territoryVersion(inCpts)),
                new Target(
                        "territory: add an EPCI",
                        () -> porteur,
                        p -> post("/porteur/cpts/territoire/epci"),
                        () -> Map.of("epci", "200070233", "version", "" + territoryVersion(inCpts)),
                        fields("epci", ALWAYS, "version", ALWAYS),
                        () -> territoryVersion(inCpts)),
                new Target(
                        "territory: paste codes",
                        () -> porteur,
                        p -> post("/porteur/cpts/territoire/collage"),
                        () -> Map.of("codes", "33063", "version", "" + territoryVersion(inCpts)),
                        fields("codes", ALWAYS, "version", ALWAYS),
                        () -> territoryVersion(inCpts)),
                new Target(
                        "profile",
                        () -> porteur,
                        p -> post("/porteur/cpts/fiche"),
                        () -> Map.of(
                                "legalForm",
                                "ASSOCIATION_LOI_1901",
                                "street",
                                "1 place de la Mairie",
                                "postalCode",
                                "33210",
                                "city",
                                "Langon",
                                "coordinatorName",
                                "Alice Martin",
                                "coordinatorEmail",
                                "alice@cpts.fr",
                                "coordinatorPhone",
                                "05 56 00 00 00",
                                "version",
                                "" + profileVersion(inCpts)),
                        fields(
                                "legalForm",
                                ALWAYS,
                                "street",
                                text(200, true),
                                "postalCode",
                                ALWAYS,
                                "city",
                                text(100, true),
                                "coordinatorName",
                                text(200, true),
                                "coordinatorEmail",
                                ALWAYS,
                                "coordinatorPhone",
                                ALWAYS,
                                "version",
                                ALWAYS),
                        () -> profileVersion(inCpts)),
                new Target(
                        "profile: add a member",
                        () -> porteur,
                        p -> post("/porteur/cpts/fiche/membres"),
                        () -> Map.of(
                                "kind",
                                "HOSPITAL_PARTNER",
                                "name",
                                "Centre hospitalier",
                                "commune",
                                "",
                                "version",
                                "" + profileVersion(inCpts)),
                        fields("kind", ALWAYS, "name", text(200, true), "commune", OPTIONAL_CODE, "version", ALWAYS),
                        () -> profileVersion(inCpts)),
                new Target(
                        "profile: remove a member",
                        () -> porteur,
                        p -> post("/porteur/cpts/fiche/membres/{index}/retrait", p.getOrDefault("index", "999")),
                        () -> Map.of("index", "999", "version", "" + profileVersion(inCpts)),
                        fields("index", ALWAYS, "version", ALWAYS),
                        () -> profileVersion(inCpts)),
                new Target(
                        "contract draft",
                        () -> negotiating,
                        p -> post("/porteur/contrat/modifier"),
                        () -> ContractForms.fields(contractVersion(contractCpts)),
                        fields(
                                "version",
                                ALWAYS,
                                "missions[0].startOn",
                                ALWAYS,
                                "missions[3].fullyDeployedOn",
                                ALWAYS,
                                "missions[2].fixedAmount",
                                ALWAYS,
                                "missions[0].indicators[0].name",
                                text(300, true),
                                "missions[0].indicators[0].baseline",
                                SMALL_NUMBER,
                                "missions[0].indicators[0].tiers",
                                ALWAYS,
                                "missions[1].indicators[0].amount",
                                ALWAYS,
                                "missions[4].mission",
                                ALWAYS,
                                "missions[3].fixedAmountsByYear",
                                OPTIONAL_CODE),
                        () -> contractVersion(contractCpts)),
                new Target(
                        "officer account",
                        () -> admin,
                        p -> post("/admin/comptes/nouveau"),
                        () -> Map.of(
                                "username", "agent.saisies",
                                "displayName", "Agent Saisies",
                                "email", "agent.saisies@exemple.fr",
                                "role", "CPAM_OFFICER",
                                "region", "",
                                "departements", "33"),
                        fields(
                                "username",
                                (Predicate<String>)
                                        value -> !value.strip().toLowerCase().matches("[a-z0-9][a-z0-9._-]{2,99}"),
                                "email",
                                ALWAYS,
                                "role",
                                ALWAYS,
                                "departements",
                                ALWAYS),
                        () -> jdbc.queryForObject(
                                "select count(*) from account where email = 'agent.saisies@exemple.fr'", Long.class)),
                new Target(
                        "officer account by the ARS référent",
                        () -> ars,
                        p -> post("/ars/agents/nouveau"),
                        () -> Map.of(
                                "username", "agent.referent.saisies",
                                "displayName", "Agent Saisies",
                                "email", "agent.referent.saisies@exemple.fr",
                                "role", "CPAM_OFFICER",
                                "region", "",
                                "departements", "33"),
                        fields(
                                "username",
                                (Predicate<String>)
                                        value -> !value.strip().toLowerCase().matches("[a-z0-9][a-z0-9._-]{2,99}"),
                                "email",
                                ALWAYS,
                                "role",
                                ALWAYS,
                                "departements",
                                ALWAYS),
                        () -> jdbc.queryForObject(
                                "select count(*) from account where email = 'agent.referent.saisies@exemple.fr'",
                                Long.class)),
                new Target(
                        "FIR range",
                        () -> admin,
                        p -> post("/admin/fourchettes-fir"),
                        () -> Map.of(
                                "region", "93",
                                "minimum", "10 000",
                                "maximum", "40 000",
                                "effectiveFrom", "01/01/2032",
                                "source", "Délibération de l'ARS"),
                        fields(
                                "region", ALWAYS,
                                "minimum", (Predicate<String>) value -> !value.matches("\\d{1,7}"),
                                "maximum", ALWAYS,
                                "effectiveFrom", ALWAYS,
                                "source",
                                        (Predicate<String>)
                                                value -> text(2_000, true).test(value)
                                                        || value.chars().anyMatch(c -> c < 32 && c != '\n')),
                        () -> jdbc.queryForObject("select count(*) from fir_seed_range_version", Long.class)),
                // each attempt on a fresh order to pay of a CPTS of the CPAM's départements
                new Target(
                        "payment of orders",
                        () -> cpam,
                        p -> post("/cpam/paiements/paiement"),
                        () -> Map.of(
                                "ordre",
                                String.valueOf(freshOrder(inCpts)),
                                "paidOn",
                                FrenchDates.day(LocalDate.now().minusDays(2)),
                                "reference",
                                "MANDAT-SAISIES",
                                "vue",
                                "tous"),
                        fields(
                                "ordre", ALWAYS,
                                "paidOn", ALWAYS,
                                "reference",
                                        (Predicate<String>)
                                                value -> text(60, true).test(value)
                                                        || value.chars().anyMatch(Character::isISOControl)),
                        () -> jdbc.queryForObject("select count(*) from payment", Long.class)),
                new Target(
                        "suspension of an order",
                        () -> cpam,
                        p -> post("/cpam/paiements/" + p.get("ordre") + "/suspension"),
                        () -> Map.of("ordre", String.valueOf(freshOrder(inCpts)), "reason", "RIB à vérifier"),
                        fields("reason", (Predicate<String>) value ->
                                text(1_000, true).test(value) || value.chars().anyMatch(c -> c < 32 && c != '\n')),
                        () -> jdbc.queryForObject(
                                "select count(*) from payment_order where state = 'SUSPENDED'", Long.class)),
                new Target(
                        "forgotten password",
                        () -> null,
                        p -> post("/mot-de-passe-oublie"),
                        () -> Map.of("email", "personne@exemple.fr"),
                        fields("email", ALWAYS),
                        () -> jdbc.queryForObject("select count(*) from password_reset", Long.class)),
                new Target(
                        "new password from a link",
                        () -> null,
                        p -> post("/mot-de-passe/nouveau"),
                        () -> Map.of(
                                "jeton", "inconnu", "newPassword", "une phrase de passe", "confirmation", "une phrase"),
                        fields("jeton", ALWAYS, "newPassword", ALWAYS, "confirmation", ALWAYS),
                        () -> jdbc.queryForObject(
                                "select count(*) from password_reset where used_at is not null", Long.class)),
                new Target(
                        "password change",
                        () -> draftPorteur,
                        p -> post("/compte/mot-de-passe"),
                        () -> Map.of(
                                "currentPassword",
                                drafter.password(),
                                "newPassword",
                                "une phrase de passe toute neuve",
                                "confirmation",
                                "une phrase de passe toute neuve"),
                        fields("currentPassword", ALWAYS, "newPassword", ALWAYS, "confirmation", ALWAYS),
                        () -> accounts.byUsername(drafter.username())
                                .orElseThrow()
                                .passwordHash()),
                new Target(
                        "contract start",
                        () -> starting,
                        p -> post("/porteur/contrat"),
                        () -> Map.of("signatureDate", "2024-07-01"),
                        fields("signatureDate", ALWAYS),
                        () -> contracts.of(starter.cpts().id()).isPresent()),
                new Target(
                        "contract what-if",
                        () -> negotiating,
                        p -> post("/porteur/contrat/simulation"),
                        () -> Map.of("year", "1", "indicator", ContractForms.ALD, "value", "120"),
                        fields("year", ALWAYS, "indicator", ALWAYS, "value", ALWAYS),
                        () -> contractVersion(contractCpts)),
                // reading pages and the public API: nothing stored, never a 5xx
                new Target(
                        "ARS list filters",
                        () -> ars,
                        p -> get("/ars/dossiers"),
                        () -> Map.of("etat", "SUBMITTED", "departement", "33", "anciennete", "3"),
                        fields("etat", ALWAYS, "departement", ALWAYS, "anciennete", ALWAYS),
                        () -> 0),
                new Target(
                        "account search",
                        () -> admin,
                        p -> get("/admin/comptes"),
                        () -> Map.of("q", "ars", "role", "ARS_OFFICER", "region", "75", "departement", "33"),
                        fields("q", ALWAYS, "role", ALWAYS, "region", ALWAYS, "departement", ALWAYS),
                        () -> 0),
                new Target(
                        "national directory filters",
                        () -> admin,
                        p -> get("/admin/cpts"),
                        () -> Map.of("region", "75", "departement", "33", "etape", "INITIATIVE", "nom", "Gironde"),
                        fields("region", ALWAYS, "departement", ALWAYS, "etape", ALWAYS, "nom", ALWAYS),
                        () -> 0),
                new Target(
                        "ARS dossier export filters",
                        () -> ars,
                        p -> get("/ars/dossiers.csv"),
                        () -> Map.of("etat", "SUBMITTED", "departement", "33", "anciennete", "3"),
                        fields("etat", ALWAYS, "departement", ALWAYS, "anciennete", ALWAYS),
                        () -> 0),
                new Target(
                        "account export filters",
                        () -> admin,
                        p -> get("/admin/comptes.xlsx"),
                        () -> Map.of("q", "ars", "role", "ARS_OFFICER", "region", "75", "departement", "33"),
                        fields("q", ALWAYS, "role", ALWAYS, "region", ALWAYS, "departement", ALWAYS),
                        () -> 0),
                new Target(
                        "national directory export filters",
                        () -> admin,
                        p -> get("/admin/cpts.csv"),
                        () -> Map.of("region", "75", "departement", "33", "etape", "INITIATIVE", "nom", "Gironde"),
                        fields("region", ALWAYS, "departement", ALWAYS, "etape", ALWAYS, "nom", ALWAYS),
                        () -> 0),
                new Target(
                        "public directory search",
                        () -> null,
                        p -> get("/annuaire.xlsx"),
                        () -> Map.of("region", "75", "departement", "33", "etape", "CONTRAT_ACI", "nom", "Gironde"),
                        fields("region", ALWAYS, "departement", ALWAYS, "etape", ALWAYS, "nom", ALWAYS),
                        () -> 0),
                new Target(
                        "public map",
                        () -> null,
                        p -> get("/carte"),
                        () -> Map.of("departement", "33"),
                        fields("departement", ALWAYS),
                        () -> 0),
                new Target(
                        "territory search",
                        () -> porteur,
                        p -> get("/porteur/cpts/territoire"),
                        () -> Map.of("q", "bazas", "epci", "bassin"),
                        fields("q", ALWAYS, "epci", ALWAYS),
                        () -> 0),
                new Target(
                        "ARS dossier page",
                        () -> ars,
                        p -> get("/ars/dossiers/{id}", p.get("id")),
                        () -> Map.of("id", "" + dossierId),
                        fields("id", ALWAYS),
                        () -> 0),
                new Target(
                        "CPAM opinion page",
                        () -> cpam,
                        p -> get("/cpam/avis/{id}", p.get("id")),
                        () -> Map.of("id", "" + fixture.inOpinion),
                        fields("id", ALWAYS),
                        () -> 0),
                new Target(
                        "ARS CPTS page",
                        () -> ars,
                        p -> get("/ars/cpts/{id}", p.get("id")),
                        () -> Map.of("id", "" + inCpts.value()),
                        fields("id", ALWAYS),
                        () -> 0),
                new Target(
                        "porteur dossier page",
                        () -> porteur,
                        p -> get("/porteur/dossiers/{slug}", p.get("slug")),
                        () -> Map.of("slug", "lettre-intention"),
                        fields("slug", ALWAYS),
                        () -> 0),
                new Target(
                        "porteur attachment",
                        () -> porteur,
                        p -> get("/porteur/dossiers/pieces/{id}", p.get("id")),
                        () -> Map.of("id", "" + fixture.inAttachment),
                        fields("id", ALWAYS),
                        () -> 0),
                new Target(
                        "communes API",
                        () -> null,
                        p -> get("/api/v1/communes"),
                        () -> Map.of("q", "bordeaux", "limit", "5"),
                        fields("q", ALWAYS, "limit", ALWAYS),
                        () -> 0),
                new Target(
                        "EPCI API",
                        () -> null,
                        p -> get("/api/v1/epci"),
                        () -> Map.of("q", "bassin", "limit", "5"),
                        fields("q", ALWAYS, "limit", ALWAYS),
                        () -> 0),
                new Target(
                        "ceilings API",
                        () -> null,
                        p -> get("/api/v1/funding/aci/ceilings"),
                        () -> Map.of("population", "50000", "on", "2024-01-15"),
                        fields("population", ALWAYS, "on", ALWAYS),
                        () -> 0),
                new Target(
                        "medical assistant API",
                        () -> null,
                        p -> get("/api/v1/funding/medical-assistant"),
                        () -> Map.of("fte", "HALF", "signedOn", "2024-07-01", "years", "5"),
                        fields("fte", ALWAYS, "signedOn", ALWAYS, "years", ALWAYS),
                        () -> 0),
                new Target(
                        "medical assistant page",
                        () -> null,
                        p -> get("/simulateur/assistant-medical"),
                        () -> Map.of("fte", "HALF", "signedOn", "2024-07-01", "years", "5"),
                        fields("fte", ALWAYS, "signedOn", ALWAYS, "years", ALWAYS),
                        () -> 0),
                new Target(
                        "simulator",
                        () -> null,
                        p -> post("/simulateur"),
                        () -> Map.of(
                                "population",
                                "50000",
                                "signedOn",
                                "15/01/2024",
                                "year",
                                "1",
                                "missions[0].mission",
                                "ACCES_SOINS",
                                "missions[0].fixedEur",
                                "1000"),
                        fields(
                                "population",
                                ALWAYS,
                                "signedOn",
                                ALWAYS,
                                "year",
                                ALWAYS,
                                "missions[0].mission",
                                ALWAYS,
                                "missions[0].fixedEur",
                                ALWAYS),
                        () -> 0));

        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Target target : targets) {
            for (Map.Entry<String, Predicate<String>> field : target.fields().entrySet()) {
                for (String bad : CATALOGUE) {
                    Map<String, String> params =
                            new LinkedHashMap<>(target.valid().get());
                    params.put(field.getKey(), bad);
                    Object before = target.stored().get();
                    AbstractMockHttpServletRequestBuilder<?> request =
                            target.request().apply(params);
                    params.forEach((name, value) -> {
                        if (!List.of("slug", "id", "opinionId", "index").contains(name)) {
                            request.param(name, value);
                        }
                    });
                    MockHttpSession session = target.session().get();
                    if (session != null) {
                        request.session(session);
                    }
                    request.with(csrf());
                    MockHttpServletResponse response = perform(request);
                    tried++;
                    String cell = target.name() + " / " + field.getKey() + " = " + describe(bad);
                    check(failures, cell, response);
                    if (field.getValue().test(bad)
                            && !Objects.equals(before, target.stored().get())) {
                        failures.add(cell + ": invalid input stored (" + before + " → "
                                + target.stored().get() + ")");
                    }
                }
            }
        }
        tried += apiBodies(failures);
        System.out.println("Bad input catalogue: " + tried + " inputs tried");

        // what was stored comes back inert on every page that shows it
        for (var page : List.of(
                get("/porteur/dossiers/lettre-intention").session(porteur),
                get("/porteur/dossiers/lettre-intention/modifier").session(draftPorteur),
                get("/porteur/dossiers/lettre-intention").session(draftPorteur),
                get("/ars/dossiers/" + dossierId).session(ars),
                get("/ars/dossiers").session(ars),
                get("/cpam/avis/" + fixture.inOpinion).session(cpam),
                get("/cpam/avis").session(cpam),
                get("/porteur/cpts/fiche").session(porteur),
                get("/porteur/cpts/territoire").session(porteur),
                get("/ars/cpts/" + inCpts.value()).session(ars),
                get("/porteur/journal").session(porteur),
                get("/porteur/contrat").session(negotiating),
                get("/ars/cpts/" + contractCpts.value() + "/contrat").session(ars))) {
            MockHttpServletResponse response = perform(page);
            tried++;
            check(failures, "page " + response.getStatus(), response);
        }
        String arsPage = perform(get("/ars/dossiers/" + dossierId).session(ars)).getContentAsString();
        assertThat(arsPage)
                .as("the payloads were stored, and are shown escaped")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");

        assertThat(failures).isEmpty();
        assertThat(tried).isGreaterThan(1000);
    }

    /** The JSON API of simulations, each field of the body spoiled in turn. */
    private int apiBodies(List<String> failures) throws Exception {
        String template = """
                {"signedOn": %s, "population": %s, "year": %s, "missions": [
                  {"mission": %s, "startDate": %s, "fixedEur": %s, "variableEur": 0}]}""";
        String[] valid = {"\"2024-01-15\"", "50000", "1", "\"ACCES_SOINS\"", "\"2024-01-15\"", "1000"};
        int tried = 0;
        for (int field = 0; field < valid.length; field++) {
            for (String bad : CATALOGUE) {
                for (String encoded : List.of(json(bad), bad)) {
                    Object[] values = valid.clone();
                    values[field] = encoded;
                    MockHttpServletResponse response = perform(post("/api/v1/funding/aci/simulations")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(template.formatted(values)));
                    tried++;
                    check(failures, "simulation API / field " + field + " = " + describe(encoded), response);
                }
            }
        }
        return tried;
    }

    private static void check(List<String> failures, String cell, MockHttpServletResponse response) throws Exception {
        if (response.getStatus() >= 500) {
            failures.add(cell + ": " + response.getStatus() + " " + abbreviate(response.getContentAsString()));
        }
        // JSON answers (problem details) may quote the input: served as JSON with nosniff, it is inert
        String type = response.getContentType();
        if (type != null && type.contains("json")) {
            return;
        }
        String body = response.getContentAsString();
        if (body.contains(SCRIPT) || body.contains("<img src=x onerror")) {
            failures.add(cell + ": a payload is shown unescaped (" + type + ")");
        }
    }

    private long contractVersion(CptsId cpts) {
        return contracts.of(cpts).orElseThrow().version();
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException unhandled) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write("unhandled: " + unhandled.getCause());
            return failed;
        }
    }

    private long letterVersion(CptsId cpts) {
        return dossiers.of(cpts, DossierKind.LETTRE_INTENTION)
                .map(Dossier::version)
                .orElse(-1L);
    }

    private long territoryVersion(CptsId cpts) {
        return territories.forEditing(cpts).version();
    }

    private long profileVersion(CptsId cpts) {
        return profiles.of(cpts)
                .map(fr.cpts.domain.profile.VersionedProfile::version)
                .orElse(0L);
    }

    private long freshOrder(CptsId cpts) {
        return PaymentFixtures.dueOrder(
                transactionManager, paymentOrders, cpts, LocalDate.now().plusDays(orders++));
    }

    private static Map<String, Predicate<String>> fields(Object... namesAndRules) {
        Map<String, Predicate<String>> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndRules.length; i += 2) {
            @SuppressWarnings("unchecked")
            Predicate<String> rule = (Predicate<String>) namesAndRules[i + 1];
            fields.put((String) namesAndRules[i], rule);
        }
        return fields;
    }

    private static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String describe(String value) {
        return value.length() > 40
                ? "«" + value.substring(0, 10) + "…» (" + value.length() + " chars)"
                : "«" + value.replace("\0", "\\0") + "»";
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
