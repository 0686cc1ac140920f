package fr.cpts.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import fr.cpts.domain.account.Accounts;
import fr.cpts.domain.assistant.AssistantSubsidyRequestId;
import fr.cpts.domain.assistant.AssistantSubsidyRequests;
import fr.cpts.domain.assistant.SubsidyRequestState;
import fr.cpts.domain.contract.Contracts;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.cpts.CptsRecords;
import fr.cpts.domain.dossier.DecisionLetters;
import fr.cpts.domain.dossier.Dossier;
import fr.cpts.domain.dossier.DossierExchanges;
import fr.cpts.domain.dossier.DossierId;
import fr.cpts.domain.dossier.Dossiers;
import fr.cpts.domain.dossier.OpinionRequest;
import fr.cpts.domain.payment.PaymentOrders;
import fr.cpts.domain.review.ReviewState;
import fr.cpts.domain.review.YearlyReviews;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.territory.Territories;
import fr.cpts.web.CptsWebTest;
import fr.cpts.web.SignIn;
import fr.cpts.web.assistant.AssistantRequestFixtures;
import fr.cpts.web.payment.PaymentFixtures;
import fr.cpts.web.review.ReviewFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint of the application, found in the request mappings (so a new one cannot escape), × every role ×
 * an object in the role's scope and one out of it. Public endpoints answer everyone; role-prefixed ones send the
 * anonymous visitor to the sign-in page and answer 403 to the other roles; an object out of scope answers 403 or 404
 * and never shows its data; a state-changing request without its CSRF token is refused (403).
 */
@CptsWebTest
class AuthorizationMatrixTest {

    /** Who sends the request. */
    enum Who {
        ANONYMOUS,
        PORTEUR,
        ARS,
        CPAM,
        ADMIN
    }

    /** Who the endpoint is for, from its address. */
    enum Guard {
        PUBLIC,
        SIGNED_IN,
        PORTEUR,
        ARS,
        CPAM,
        ADMIN,
        FRAMEWORK
    }

    /** Which objects the identifiers of the address point to. */
    enum Scope {
        IN,
        OUT,
        MIXED
    }

    /** The identifiers a request is built with, for one scope. */
    record Ids(
            long cpts, long dossier, long opinion, long attachment, long assistantRequest, long evidence, long order) {}

    /**
     * One endpoint (method and pattern, as the mappings declare them), how to build a request to it, and whether
     * its address carries an object identifier (then it is tried in and out of scope; {@code mixed}: also with an
     * in-scope dossier and an out-of-scope opinion).
     */
    record Endpoint(
            String key,
            Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request,
            boolean scoped,
            boolean mixed,
            boolean endsSession) {}

    private static final String T4_CONTRACT = """
            {"signedOn": "2020-09-01", "population": 200000, "year": 1, "missions": [
              {"mission": "ACCES_SOINS", "startDate": "2020-09-01", "fixedEur": 150000, "variableEur": 0},
              {"mission": "PARCOURS", "startDate": "2020-09-01", "fixedEur": 100000, "variableEur": 0}
            ]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

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
    AssistantSubsidyRequests assistantRequests;

    @Autowired
    Contracts contracts;

    @Autowired
    YearlyReviews yearlyReviews;

    @Autowired
    PaymentOrders paymentOrders;

    @Autowired
    PlatformTransactionManager transactions;

    @Autowired
    DecisionLetters decisionLetters;

    @Test
    void everyEndpointAnswersEachRoleAsItsGuardAndScopeSayAndNeverShowsAnObjectOutOfScope() throws Exception {
        ScopeFixture fixture = ScopeFixture.create(
                        "Matrice", records, territories, accounts, encoder, dossiers, exchanges)
                .withAssistantRequests(assistantRequests);
        ReviewFixtures.MatrixReviews reviews =
                ReviewFixtures.matrix(contracts, yearlyReviews, fixture.in.id(), fixture.out.id());
        // the contracts in force (ReviewFixtures) with their issued PDF
        for (CptsId cpts : List.of(fixture.in.id(), fixture.out.id())) {
            contracts.archive(cpts, 1, ArchivedDocument.issue("contrat.pdf", ScopeFixture.PDF, Instant.now()));
        }
        // a decision letter on each letter of intent (number 1 of its dossier)
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            for (long dossier : List.of(fixture.inLetterId(), fixture.outLetterId())) {
                decisionLetters.issue(
                        new DossierId(dossier),
                        "Demande de corrections sur la lettre d'intention",
                        ArchivedDocument.issue("courrier.pdf", ScopeFixture.PDF, Instant.now()));
            }
        });
        Map<String, Endpoint> catalogue = catalogue();

        Set<String> discovered = discoveredEndpoints();
        assertThat(discovered)
                .as("endpoints the matrix does not know how to classify: add them to catalogue()")
                .isSubsetOf(catalogue.keySet());
        assertThat(catalogue.keySet())
                .as("endpoints of the matrix no longer mapped")
                .isSubsetOf(discovered);

        long inOrder = PaymentFixtures.dueOrder(transactions, paymentOrders, fixture.in.id(), LocalDate.now());
        long outOrder = PaymentFixtures.dueOrder(transactions, paymentOrders, fixture.out.id(), LocalDate.now());
        Map<Scope, Ids> ids = Map.of(
                Scope.IN,
                        new Ids(
                                fixture.in.id().value(),
                                fixture.inLetterId(),
                                fixture.inOpinion,
                                fixture.inAttachment,
                                fixture.inAssistantRequest,
                                reviews.inEvidence(),
                                inOrder),
                Scope.OUT,
                        new Ids(
                                fixture.out.id().value(),
                                fixture.outLetterId(),
                                fixture.outOpinion,
                                fixture.outAttachment,
                                fixture.outAssistantRequest,
                                reviews.outEvidence(),
                                outOrder),
                Scope.MIXED,
                        new Ids(
                                fixture.in.id().value(),
                                fixture.inLetterId(),
                                fixture.outOpinion,
                                fixture.inAttachment,
                                fixture.inAssistantRequest,
                                reviews.outEvidence(),
                                outOrder));
        Map<Who, String[]> logins = Map.of(
                Who.PORTEUR, new String[] {fixture.porteur.username(), fixture.porteur.password()},
                Who.ARS, new String[] {"ars", "ars-demo"},
                Who.CPAM, new String[] {"cpam", "cpam-demo"},
                Who.ADMIN, new String[] {"admin", "admin-demo"});
        Map<Who, MockHttpSession> sessions = new LinkedHashMap<>();

        List<String> failures = new ArrayList<>();
        int cells = 0;
        for (Endpoint endpoint : catalogue.values()) {
            Guard guard = guardOf(endpoint.key());
            if (guard == Guard.FRAMEWORK) {
                continue;
            }
            boolean stateChanging = !endpoint.key().startsWith("GET ");
            for (Who who : Who.values()) {
                List<Scope> scopes = !endpoint.scoped()
                        ? List.of(Scope.IN)
                        : endpoint.mixed() ? List.of(Scope.IN, Scope.OUT, Scope.MIXED) : List.of(Scope.IN, Scope.OUT);
                for (Scope scope : scopes) {
                    AbstractMockHttpServletRequestBuilder<?> request =
                            endpoint.request().apply(ids.get(scope));
                    MockHttpSession session = session(who, logins, sessions, endpoint.endsSession());
                    if (session != null) {
                        request.session(session);
                    }
                    if (stateChanging) {
                        request.with(csrf());
                    }
                    MockHttpServletResponse response = perform(request);
                    cells++;
                    check(
                            failures,
                            endpoint.key() + " as " + who + " (" + scope + ")",
                            response,
                            expected(guard, who, scope),
                            fixture.out.name());
                }
                if (stateChanging && !endpoint.key().contains("/api/v1/funding/")) {
                    AbstractMockHttpServletRequestBuilder<?> request =
                            endpoint.request().apply(ids.get(Scope.IN));
                    MockHttpSession session = session(who, logins, sessions, endpoint.endsSession());
                    if (session != null) {
                        request.session(session);
                    }
                    MockHttpServletResponse response = perform(request);
                    cells++;
                    check(
                            failures,
                            endpoint.key() + " as " + who + " without CSRF token",
                            response,
                            Expectation.FORBIDDEN,
                            fixture.out.name());
                }
            }
        }
        System.out.println("Authorization matrix: " + cells + " cells checked over " + catalogue.size() + " endpoints");

        assertThat(failures).isEmpty();
        assertThat(cells).isGreaterThan(400);
        // nothing reached the subsidy request out of everyone's scope
        assertThat(assistantRequests
                        .byId(new AssistantSubsidyRequestId(fixture.outAssistantRequest))
                        .orElseThrow()
                        .state())
                .isEqualTo(SubsidyRequestState.FILED);
        // nothing reached the dossier out of everyone's scope
        Dossier out = dossiers.byId(fixture.outLetter.id().orElseThrow()).orElseThrow();
        DossierId outId = out.id().orElseThrow();
        assertThat(out.state()).isEqualTo(fixture.outLetter.state());
        assertThat(out.version()).isEqualTo(fixture.outLetter.version());
        assertThat(exchanges.comments(outId)).isEmpty();
        assertThat(exchanges.messages(outId)).isEmpty();
        assertThat(exchanges.attachmentsOf(outId)).hasSize(1);
        assertThat(exchanges.opinionsOf(outId)).singleElement().satisfies(opinion -> assertThat(opinion.isAnswered())
                .isFalse());
        assertThat(exchanges.opinionsOf(outId).stream()
                        .map(OpinionRequest::question)
                        .toList())
                .hasSize(1);
        // nor the yearly reviews out of everyone's scope
        assertThat(yearlyReviews.of(fixture.out.id(), 2)).hasValueSatisfying(review -> {
            assertThat(review.version()).isEqualTo(2);
            assertThat(review.review().state()).isEqualTo(ReviewState.SUBMITTED);
        });
        assertThat(yearlyReviews
                        .withFiles(fixture.out.id(), 2)
                        .orElseThrow()
                        .files()
                        .evidence())
                .hasSize(1);
    }

    enum Expectation {
        OPEN,
        TO_LOGIN,
        FORBIDDEN,
        IN_SCOPE,
        NOT_FOUND_OR_FORBIDDEN
    }

    static Expectation expected(Guard guard, Who who, Scope scope) {
        if (guard == Guard.PUBLIC) {
            return Expectation.OPEN;
        }
        if (who == Who.ANONYMOUS) {
            return Expectation.TO_LOGIN;
        }
        if (guard != Guard.SIGNED_IN && !guard.name().equals(who.name())) {
            return Expectation.FORBIDDEN;
        }
        return scope == Scope.IN ? Expectation.IN_SCOPE : Expectation.NOT_FOUND_OR_FORBIDDEN;
    }

    private static void check(
            List<String> failures,
            String cell,
            MockHttpServletResponse response,
            Expectation expected,
            String outOfScopeName)
            throws Exception {
        int status = response.getStatus();
        String location = response.getHeader("Location");
        boolean ok =
                switch (expected) {
                    // let through: answered, or refused by the domain as the JSON endpoints say it (409, 422)
                    case OPEN, IN_SCOPE -> (status >= 200 && status < 400) || status == 409 || status == 422;
                    case TO_LOGIN -> status == 302 && location != null && location.endsWith("/login");
                    case FORBIDDEN -> status == 403;
                    case NOT_FOUND_OR_FORBIDDEN -> status == 403 || status == 404;
                };
        if (!ok) {
            failures.add(
                    cell + ": expected " + expected + ", got " + status + (location == null ? "" : " → " + location));
        }
        if (response.getContentAsString().contains(outOfScopeName)) {
            failures.add(cell + ": the page shows the CPTS out of scope « " + outOfScopeName + " »");
        }
    }

    /** The response; an exception no handler resolved counts as the 500 the container would send. */
    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        try {
            return mvc.perform(request).andReturn().getResponse();
        } catch (jakarta.servlet.ServletException unhandled) {
            MockHttpServletResponse failed = new MockHttpServletResponse();
            failed.setStatus(500);
            failed.getWriter().write("unhandled: " + unhandled.getMessage());
            return failed;
        }
    }

    private MockHttpSession session(
            Who who, Map<Who, String[]> logins, Map<Who, MockHttpSession> sessions, boolean fresh) throws Exception {
        if (who == Who.ANONYMOUS) {
            return null;
        }
        if (fresh) {
            return signIn(logins.get(who));
        }
        MockHttpSession session = sessions.get(who);
        if (session == null) {
            session = signIn(logins.get(who));
            sessions.put(who, session);
        }
        return session;
    }

    private MockHttpSession signIn(String[] login) throws Exception {
        return SignIn.as(mvc, login[0], login[1]);
    }

    /** Every method × pattern of the request mappings; "ANY" for a mapping that accepts every method. */
    private Set<String> discoveredEndpoints() {
        Set<String> found = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    found.add("ANY " + pattern);
                }
                methods.forEach(m -> found.add(m.name() + " " + pattern));
            }
        });
        return found;
    }

    private static final List<String> SITE_PAGES = List.of(
            "/mentions-legales", "/donnees-personnelles", "/gestion-des-cookies", "/accessibilite", "/plan-du-site");

    /** The guard an address falls under, as the issue states it (independently of SecurityConfiguration). */
    static Guard guardOf(String key) {
        String path = key.substring(key.indexOf(' ') + 1);
        if (path.equals("/error") || path.startsWith("/v3/api-docs") || path.startsWith("/swagger-ui")) {
            return path.equals("/error") ? Guard.FRAMEWORK : Guard.PUBLIC;
        }
        if (path.equals("/login")
                || path.startsWith("/mot-de-passe")
                || path.startsWith("/inscription")
                || path.equals("/invitation")
                || path.startsWith("/simulateur")
                || path.startsWith("/annuaire")
                || path.equals("/carte")
                || path.equals("/diagnostic")
                || SITE_PAGES.contains(path)
                || path.startsWith("/api/v1/")) {
            return Guard.PUBLIC;
        }
        for (Guard role : List.of(Guard.PORTEUR, Guard.ARS, Guard.CPAM, Guard.ADMIN)) {
            String prefix = "/" + role.name().toLowerCase();
            if (path.equals(prefix) || path.startsWith(prefix + "/")) {
                return role;
            }
        }
        return Guard.SIGNED_IN;
    }

    // ---- the catalogue: every known endpoint and a request to it that is legitimate for its role in scope ----

    private Map<String, Endpoint> catalogue() {
        MockMultipartFile pdf = new MockMultipartFile("file", "piece.pdf", "application/pdf", ScopeFixture.PDF);
        Map<String, Endpoint> all = new LinkedHashMap<>();
        List<Endpoint> list = List.of(
                // framework: the error page is reached by forwarding, not classified by role
                plain("ANY /error", ids -> get("/error")),
                plain("GET /v3/api-docs", ids -> get("/v3/api-docs")),
                plain("GET /v3/api-docs.yaml", ids -> get("/v3/api-docs.yaml")),
                plain("GET /v3/api-docs/swagger-config", ids -> get("/v3/api-docs/swagger-config")),
                plain("GET /swagger-ui.html", ids -> get("/swagger-ui.html")),
                plain("GET /login", ids -> get("/login")),
                plain("GET /mot-de-passe-oublie", ids -> get("/mot-de-passe-oublie")),
                plain("POST /mot-de-passe-oublie", ids -> post("/mot-de-passe-oublie")
                        .param("email", "x@exemple.fr")),
                plain("GET /mot-de-passe/nouveau", ids -> get("/mot-de-passe/nouveau")
                        .param("jeton", "inconnu")),
                plain("POST /mot-de-passe/nouveau", ids -> post("/mot-de-passe/nouveau")
                        .param("jeton", "inconnu")),
                plain("GET /inscription", ids -> get("/inscription")),
                plain("POST /inscription", ids -> post("/inscription").param("email", "pas-une-adresse")),
                plain("GET /inscription/verification", ids -> get("/inscription/verification")
                        .param("jeton", "inconnu")),
                plain("POST /inscription/verification", ids -> post("/inscription/verification")
                        .param("jeton", "inconnu")),
                plain("GET /invitation", ids -> get("/invitation").param("jeton", "inconnu")),
                plain("GET /notifications", ids -> get("/notifications")),
                plain("POST /notifications/{id}/ouvrir", ids -> post("/notifications/0/ouvrir")),
                plain("POST /notifications/tout-lu", ids -> post("/notifications/tout-lu")),
                plain("GET /compte/notifications", ids -> get("/compte/notifications")),
                plain("POST /compte/notifications", ids -> post("/compte/notifications")
                        .param("MESSAGE", "NO_MAIL")),
                plain("GET /", ids -> get("/")),
                plain("GET /compte", ids -> get("/compte")),
                plain("POST /compte/mot-de-passe", ids -> post("/compte/mot-de-passe")
                        .param("currentPassword", "faux")
                        .param("newPassword", "court")
                        .param("confirmation", "court")),
                new Endpoint(
                        "POST /compte/deconnexion-partout",
                        ids -> post("/compte/deconnexion-partout"),
                        false,
                        false,
                        true),
                // the footer's pages
                plain("GET /mentions-legales", ids -> get("/mentions-legales")),
                plain("GET /donnees-personnelles", ids -> get("/donnees-personnelles")),
                plain("GET /gestion-des-cookies", ids -> get("/gestion-des-cookies")),
                plain("GET /accessibilite", ids -> get("/accessibilite")),
                plain("GET /plan-du-site", ids -> get("/plan-du-site")),
                // public funding simulator and API
                plain("GET /simulateur", ids -> get("/simulateur")),
                plain("POST /simulateur", ids -> post("/simulateur").param("population", "50000")),
                plain("GET /simulateur/assistant-medical", ids -> get("/simulateur/assistant-medical")),
                plain("GET /api/v1/communes", ids -> get("/api/v1/communes").param("q", "bordeaux")),
                plain("GET /api/v1/epci", ids -> get("/api/v1/epci").param("q", "bassin arcachon")),
                plain("GET /api/v1/funding/aci/ceilings", ids -> get("/api/v1/funding/aci/ceilings")
                        .param("population", "50000")),
                plain("GET /api/v1/funding/medical-assistant", ids -> get("/api/v1/funding/medical-assistant")
                        .param("fte", "HALF")
                        .param("signedOn", "2024-07-01")),
                plain("POST /api/v1/funding/aci/simulations", ids -> post("/api/v1/funding/aci/simulations")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(T4_CONTRACT)),
                // homes
                plain("GET /porteur", ids -> get("/porteur")),
                plain("GET /ars", ids -> get("/ars")),
                plain("GET /cpam", ids -> get("/cpam")),
                plain("GET /admin", ids -> get("/admin")),
                plain(
                        "GET /admin/comptes",
                        ids -> get("/admin/comptes").param("q", "ars").param("role", "ARS_OFFICER")),
                plain("GET /admin/courriels", ids -> get("/admin/courriels")),
                plain("GET /admin/referentiels", ids -> get("/admin/referentiels")),
                plain("GET /admin/fourchettes-fir", ids -> get("/admin/fourchettes-fir")),
                plain("POST /admin/fourchettes-fir", ids -> post("/admin/fourchettes-fir")
                        .param("region", "")),
                plain("GET /admin/comptes/nouveau", ids -> get("/admin/comptes/nouveau")),
                plain("POST /admin/comptes/nouveau", ids -> post("/admin/comptes/nouveau")
                        .param("username", "")),
                plain("POST /admin/comptes/{username}/desactiver", ids -> post("/admin/comptes/inconnu/desactiver")),
                plain("POST /admin/comptes/{username}/reactiver", ids -> post("/admin/comptes/inconnu/reactiver")),
                plain("POST /admin/comptes/{username}/referent", ids -> post("/admin/comptes/inconnu/referent")
                        .param("referent", "true")),
                // the ARS référent (the demo « ars ») manages the officers of their région
                plain("GET /ars/agents", ids -> get("/ars/agents")),
                plain("POST /ars/agents/nouveau", ids -> post("/ars/agents/nouveau")
                        .param("username", "")),
                plain("POST /ars/agents/{username}/desactiver", ids -> post("/ars/agents/inconnu/desactiver")),
                plain("POST /ars/agents/{username}/reactiver", ids -> post("/ars/agents/inconnu/reactiver")),
                plain("POST /admin/comptes/{username}/perimetre", ids -> post("/admin/comptes/inconnu/perimetre")),
                plain(
                        "POST /admin/comptes/{username}/lien-mot-de-passe",
                        ids -> post("/admin/comptes/inconnu/lien-mot-de-passe")),
                // the national directory lists every CPTS of France by design (the administrator's national scope):
                // read here narrowed to the in-scope région, the out-of-scope check keeps its meaning elsewhere
                plain(
                        "GET /admin/cpts",
                        ids -> get("/admin/cpts").param("region", "75").param("nom", "Matrice")),
                // porteur: their CPTS and its team (a porteur with a CPTS cannot create another one)
                plain("GET /porteur/nouvelle-cpts", ids -> get("/porteur/nouvelle-cpts")),
                plain("POST /porteur/nouvelle-cpts", ids -> post("/porteur/nouvelle-cpts")
                        .param("name", "Une autre CPTS")
                        .param("departement", "33")),
                plain("GET /porteur/equipe", ids -> get("/porteur/equipe")),
                plain("POST /porteur/equipe/invitations", ids -> post("/porteur/equipe/invitations")
                        .param("email", "pas-une-adresse")),
                plain("POST /porteur/equipe/invitations/retrait", ids -> post("/porteur/equipe/invitations/retrait")
                        .param("email", "personne@exemple.fr")),
                plain("POST /porteur/equipe/retrait", ids -> post("/porteur/equipe/retrait")
                        .param("username", "inconnu")),
                plain("POST /porteur/invitation", ids -> post("/porteur/invitation")
                        .param("jeton", "inconnu")),
                // porteur: dossiers (always their own CPTS's), territory, profile
                plain("GET /porteur/dossiers/{slug}", ids -> get("/porteur/dossiers/lettre-intention")),
                plain(
                        "GET /porteur/dossiers/{slug}/modifier",
                        ids -> get("/porteur/dossiers/lettre-intention/modifier")),
                plain(
                        "POST /porteur/dossiers/lettre-intention/modifier",
                        ids -> post("/porteur/dossiers/lettre-intention/modifier")
                                .param("version", "1")
                                .param("firstDiagnostic", "Diagnostic")),
                plain(
                        "POST /porteur/dossiers/projet-sante/modifier",
                        ids -> post("/porteur/dossiers/projet-sante/modifier")
                                .param("version", "0")
                                .param("diagnostic", "Diagnostic")),
                plain(
                        "POST /porteur/dossiers/lettre-intention/brouillon",
                        ids -> post("/porteur/dossiers/lettre-intention/brouillon")
                                .param("version", "1")
                                .param("firstDiagnostic", "Diagnostic")),
                plain(
                        "POST /porteur/dossiers/projet-sante/brouillon",
                        ids -> post("/porteur/dossiers/projet-sante/brouillon")
                                .param("version", "0")
                                .param("diagnostic", "Diagnostic")),
                plain(
                        "POST /porteur/dossiers/{slug}/deposer",
                        ids -> post("/porteur/dossiers/lettre-intention/deposer")),
                plain(
                        "POST /porteur/dossiers/{slug}/messages",
                        ids -> post("/porteur/dossiers/lettre-intention/messages")
                                .param("text", "Message du porteur")),
                plain(
                        "POST /porteur/dossiers/{slug}/diagnostic",
                        ids -> post("/porteur/dossiers/lettre-intention/diagnostic")
                                .param("comment", "Commentaire du porteur")),
                plain("POST /porteur/dossiers/{slug}/pieces", ids -> multipart(
                                "/porteur/dossiers/lettre-intention/pieces")
                        .file(pdf)),
                scoped("GET /porteur/dossiers/pieces/{id}", ids -> get("/porteur/dossiers/pieces/" + ids.attachment())),
                plain("GET /porteur/cpts/territoire", ids -> get("/porteur/cpts/territoire")
                        .param("q", "bazas")),
                scoped("GET /porteur/cpts/{id}/territoire", ids -> get("/porteur/cpts/" + ids.cpts() + "/territoire")),
                plain("POST /porteur/cpts/territoire/communes", ids -> post("/porteur/cpts/territoire/communes")
                        .param("code", "33063")
                        .param("version", "0")),
                plain(
                        "POST /porteur/cpts/territoire/communes/retrait",
                        ids -> post("/porteur/cpts/territoire/communes/retrait")
                                .param("code", "33063")
                                .param("version", "0")),
                plain("POST /porteur/cpts/territoire/epci", ids -> post("/porteur/cpts/territoire/epci")
                        .param("epci", "200070233")
                        .param("version", "0")),
                plain("POST /porteur/cpts/territoire/collage", ids -> post("/porteur/cpts/territoire/collage")
                        .param("codes", "33063")
                        .param("version", "0")),
                plain("GET /porteur/cpts/fiche", ids -> get("/porteur/cpts/fiche")),
                scoped("GET /porteur/cpts/{id}/fiche", ids -> get("/porteur/cpts/" + ids.cpts() + "/fiche")),
                plain("POST /porteur/cpts/fiche", ids -> post("/porteur/cpts/fiche")
                        .param("legalForm", "")
                        .param("version", "0")),
                plain("POST /porteur/cpts/fiche/membres", ids -> post("/porteur/cpts/fiche/membres")
                        .param("kind", "HOSPITAL_PARTNER")
                        .param("name", "Centre hospitalier")
                        .param("version", "0")),
                plain(
                        "POST /porteur/cpts/fiche/membres/{index}/retrait",
                        ids -> post("/porteur/cpts/fiche/membres/0/retrait").param("version", "0")),
                // ARS: dossiers of the région, instruction, CPTS and coverage
                plain("GET /ars/dossiers", ids -> get("/ars/dossiers")),
                scoped("GET /ars/dossiers/{id}", ids -> get("/ars/dossiers/" + ids.dossier())),
                scoped("POST /ars/dossiers/{id}/decision", ids -> post("/ars/dossiers/" + ids.dossier() + "/decision")
                        .param("move", "TAKE")),
                scoped("POST /ars/dossiers/{id}/commentaires", ids -> post("/ars/dossiers/" + ids.dossier()
                                + "/commentaires")
                        .param("text", "Note interne")),
                scoped("POST /ars/dossiers/{id}/messages", ids -> post("/ars/dossiers/" + ids.dossier() + "/messages")
                        .param("text", "Message de l'ARS")),
                scoped("POST /ars/dossiers/{id}/pieces", ids -> multipart("/ars/dossiers/" + ids.dossier() + "/pieces")
                        .file(pdf)),
                scoped("POST /ars/dossiers/{id}/avis", ids -> post("/ars/dossiers/" + ids.dossier() + "/avis")
                        .param("body", "URPS")
                        .param("question", "Avis de l'URPS ?")),
                new Endpoint(
                        "POST /ars/dossiers/{id}/avis/{opinionId}",
                        ids -> post("/ars/dossiers/" + ids.dossier() + "/avis/" + ids.opinion())
                                .param("answer", "Avis reçu par courrier"),
                        true,
                        true,
                        false),
                scoped(
                        "GET /ars/dossiers/{id}/courriers/{number}",
                        ids -> get("/ars/dossiers/" + ids.dossier() + "/courriers/1")),
                scoped(
                        "GET /porteur/dossiers/courriers/{id}/{number}",
                        ids -> get("/porteur/dossiers/courriers/" + ids.dossier() + "/1")),
                scoped("POST /ars/dossiers/{id}/fir", ids -> post("/ars/dossiers/" + ids.dossier() + "/fir")
                        .param("amount", "30 000")
                        .param("decidedOn", "01/02/2026")),
                scoped(
                        "GET /ars/dossiers/pieces/{attachmentId}",
                        ids -> get("/ars/dossiers/pieces/" + ids.attachment())),
                scoped("GET /ars/cpts/{id}", ids -> get("/ars/cpts/" + ids.cpts())),
                plain("GET /ars/couverture", ids -> get("/ars/couverture")),
                // CPAM: opinions asked of the CPAM, CPTS of its départements
                plain("GET /cpam/avis", ids -> get("/cpam/avis")),
                scoped("GET /cpam/avis/{id}", ids -> get("/cpam/avis/" + ids.opinion())),
                scoped("POST /cpam/avis/{id}", ids -> post("/cpam/avis/" + ids.opinion())
                        .param("verdict", "FAVOURABLE")
                        .param("answer", "Favorable")),
                scoped("GET /cpam/cpts/{id}", ids -> get("/cpam/cpts/" + ids.cpts())),
                // medical-assistant subsidy requests: the porteur files for its CPTS, the CPAM decides, the ARS reads
                plain("GET /porteur/assistants-medicaux", ids -> get("/porteur/assistants-medicaux")),
                plain("GET /porteur/assistants-medicaux/nouvelle", ids -> get("/porteur/assistants-medicaux/nouvelle")),
                plain("POST /porteur/assistants-medicaux/nouvelle", ids -> post("/porteur/assistants-medicaux/nouvelle")
                        .params(AssistantRequestFixtures.eligibleParams("Dr Matrice"))),
                scoped(
                        "GET /porteur/assistants-medicaux/{id}",
                        ids -> get("/porteur/assistants-medicaux/" + ids.assistantRequest())),
                scoped(
                        "GET /porteur/assistants-medicaux/{id}/modifier",
                        ids -> get("/porteur/assistants-medicaux/" + ids.assistantRequest() + "/modifier")),
                scoped("POST /porteur/assistants-medicaux/{id}/modifier", ids -> post("/porteur/assistants-medicaux/"
                                + ids.assistantRequest() + "/modifier")
                        .params(AssistantRequestFixtures.eligibleParams("Dr Matrice"))
                        .param("version", "0")),
                scoped("POST /porteur/assistants-medicaux/{id}/deposer", ids -> post("/porteur/assistants-medicaux/"
                                + ids.assistantRequest() + "/deposer")
                        .param("version", "0")),
                scoped("POST /porteur/assistants-medicaux/{id}/patientele", ids -> post("/porteur/assistants-medicaux/"
                                + ids.assistantRequest() + "/patientele")
                        .param("year", "1")
                        .param("patients", "900")
                        .param("version", "0")),
                plain("GET /cpam/assistants-medicaux", ids -> get("/cpam/assistants-medicaux")),
                scoped(
                        "GET /cpam/assistants-medicaux/{id}",
                        ids -> get("/cpam/assistants-medicaux/" + ids.assistantRequest())),
                scoped("POST /cpam/assistants-medicaux/{id}/decision", ids -> post("/cpam/assistants-medicaux/"
                                + ids.assistantRequest() + "/decision")
                        .param("move", "REFUSE")
                        .param("reason", "Pièces manquantes")
                        .param("version", "0")),
                plain("GET /ars/assistants-medicaux", ids -> get("/ars/assistants-medicaux")),
                scoped(
                        "GET /ars/assistants-medicaux/{id}",
                        ids -> get("/ars/assistants-medicaux/" + ids.assistantRequest())),
                // the dashboard, over each person's own scope (the administrator's is all of France by design; the
                // out-of-scope CPTS's name never shows, only counts)
                plain("GET /tableau-de-bord", ids -> get("/tableau-de-bord")),
                // payment ledger (PaymentFixtures: one order to pay on each CPTS)
                plain("GET /cpam/paiements", ids -> get("/cpam/paiements")),
                plain("GET /ars/paiements", ids -> get("/ars/paiements?vue=tous")),
                plain("GET /porteur/paiements", ids -> get("/porteur/paiements?vue=tous")),
                // the administrator reads the ledger of all France by design (as /admin/cpts): read here on the view
                // of suspended orders, where only the in-scope order can be (the CPAM suspends it above or below)
                plain("GET /admin/paiements", ids -> get("/admin/paiements?vue=suspendus")),
                plain("GET /cpam/paiements.{format}", ids -> get("/cpam/paiements.csv?vue=tous")),
                plain("GET /ars/paiements.{format}", ids -> get("/ars/paiements.xlsx?vue=tous")),
                plain("GET /porteur/paiements.{format}", ids -> get("/porteur/paiements.csv?vue=tous")),
                plain("GET /admin/paiements.{format}", ids -> get("/admin/paiements.csv?vue=suspendus")),
                scoped("GET /cpam/paiements/{id}", ids -> get("/cpam/paiements/" + ids.order())),
                scoped("GET /ars/paiements/{id}", ids -> get("/ars/paiements/" + ids.order())),
                scoped("GET /porteur/paiements/{id}", ids -> get("/porteur/paiements/" + ids.order())),
                plain("GET /admin/paiements/{id}", ids -> get("/admin/paiements/" + ids.order())),
                scoped("POST /cpam/paiements/{id}/suspension", ids -> post("/cpam/paiements/" + ids.order()
                                + "/suspension")
                        .param("reason", "RIB à vérifier")),
                scoped("POST /cpam/paiements/{id}/reprise", ids -> post("/cpam/paiements/" + ids.order() + "/reprise")),
                scoped("POST /cpam/paiements/paiement", ids -> post("/cpam/paiements/paiement")
                        .param("ordre", String.valueOf(ids.order()))
                        .param("paidOn", LocalDate.now().toString())
                        .param("reference", "MATRICE-1")
                        .param("vue", "tous")),
                // yearly reviews (ReviewFixtures.matrix): year 1 closed with its statement, year 2 filed at version 2
                // with a piece of evidence; mixed: a CPTS in scope with the evidence of one out of it
                plain("GET /porteur/contrat/revues", ids -> get("/porteur/contrat/revues")),
                plain(
                        "POST /porteur/contrat/revues/{year}/ouverture",
                        ids -> post("/porteur/contrat/revues/3/ouverture")),
                plain("GET /porteur/contrat/revues/{year}", ids -> get("/porteur/contrat/revues/2")),
                plain(
                        "POST /porteur/contrat/revues/{year}/declaration",
                        ids -> post("/porteur/contrat/revues/2/declaration")
                                .param("version", "2")
                                .param("value-0", "12,5")),
                plain("POST /porteur/contrat/revues/{year}/justificatifs", ids -> multipart(
                                "/porteur/contrat/revues/2/justificatifs")
                        .file(pdf)
                        .param("indicator", ReviewFixtures.ALD)),
                scoped(
                        "GET /porteur/contrat/revues/{year}/justificatifs/{id}",
                        ids -> get("/porteur/contrat/revues/2/justificatifs/" + ids.evidence())),
                plain("POST /porteur/contrat/revues/{year}/depot", ids -> post("/porteur/contrat/revues/2/depot")
                        .param("version", "2")),
                plain("GET /porteur/contrat/revues/{year}/releve", ids -> get("/porteur/contrat/revues/1/releve")),
                plain(
                        "GET /porteur/contrat/revues/{year}/releve.pdf",
                        ids -> get("/porteur/contrat/revues/1/releve.pdf")),
                plain(
                        "POST /porteur/contrat/revues/{year}/simulation",
                        ids -> post("/porteur/contrat/revues/2/simulation").param("value-0", "12,5")),
                plain("GET /cpam/revues", ids -> get("/cpam/revues")),
                scoped("POST /ars/cpts/{id}/revues/{year}/crise", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/revues/2/crise")
                        .param("version", "2")
                        .param("decision", "")),
                scoped("GET /cpam/cpts/{id}/revues/{year}", ids -> get("/cpam/cpts/" + ids.cpts() + "/revues/2")),
                scoped("POST /cpam/cpts/{id}/revues/{year}/decisions", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/revues/2/decisions")
                        .param("version", "2")
                        .param("indicator-0", ReviewFixtures.ALD)
                        .param("decision-0", "ACCEPT")),
                scoped("POST /cpam/cpts/{id}/revues/{year}/corrections", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/revues/2/corrections")
                        .param("version", "2")
                        .param("reason-0", "Justificatif manquant")),
                scoped("POST /cpam/cpts/{id}/revues/{year}/cloture", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/revues/2/cloture")
                        .param("version", "2")),
                scoped(
                        "GET /cpam/cpts/{id}/revues/{year}/releve",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/revues/1/releve")),
                scoped(
                        "GET /cpam/cpts/{id}/revues/{year}/releve.pdf",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/revues/1/releve.pdf")),
                new Endpoint(
                        "GET /cpam/cpts/{id}/revues/{year}/justificatifs/{evidenceId}",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/revues/2/justificatifs/" + ids.evidence()),
                        true,
                        true,
                        false),
                scoped("POST /cpam/cpts/{id}/revues/{year}/simulation", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/revues/2/simulation")
                        .param("value-0", "12,5")),
                plain("GET /ars/revues", ids -> get("/ars/revues")),
                scoped("GET /ars/cpts/{id}/revues/{year}", ids -> get("/ars/cpts/" + ids.cpts() + "/revues/2")),
                scoped(
                        "GET /ars/cpts/{id}/revues/{year}/releve",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/revues/1/releve")),
                scoped(
                        "GET /ars/cpts/{id}/revues/{year}/releve.pdf",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/revues/1/releve.pdf")),
                new Endpoint(
                        "GET /ars/cpts/{id}/revues/{year}/justificatifs/{evidenceId}",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/revues/2/justificatifs/" + ids.evidence()),
                        true,
                        true,
                        false),
                scoped("POST /ars/cpts/{id}/revues/{year}/simulation", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/revues/2/simulation")
                        .param("value-0", "12,5")),
                // ACI contracts (ReviewFixtures.matrix: version 1 in force, its PDF archived); the moves below are
                // refused by the domain for the contract in force (a French message, nothing stored)
                plain("GET /porteur/contrat", ids -> get("/porteur/contrat")),
                plain("POST /porteur/contrat", ids -> post("/porteur/contrat").param("signatureDate", "2024-07-01")),
                plain("GET /porteur/contrat/modifier", ids -> get("/porteur/contrat/modifier")),
                plain("POST /porteur/contrat/modifier", ids -> post("/porteur/contrat/modifier")
                        .param("version", "1")),
                plain("POST /porteur/contrat/signature", ids -> post("/porteur/contrat/signature")
                        .param("version", "1")),
                plain("POST /porteur/contrat/avenant", ids -> post("/porteur/contrat/avenant")
                        .param("reason", "")),
                plain("POST /porteur/contrat/fin", ids -> post("/porteur/contrat/fin")
                        .param("reason", "")),
                plain("POST /porteur/contrat/avancement", ids -> post("/porteur/contrat/avancement")
                        .param("mission", "PREVENTION")
                        .param("startedOn", "2099-01-01")),
                plain("GET /porteur/contrat/versions/{number}/pdf", ids -> get("/porteur/contrat/versions/1/pdf")),
                plain("POST /porteur/contrat/simulation", ids -> post("/porteur/contrat/simulation")
                        .param("year", "1")),
                plain("GET /ars/contrats", ids -> get("/ars/contrats")),
                plain("GET /cpam/contrats", ids -> get("/cpam/contrats")),
                scoped("GET /ars/cpts/{id}/contrat", ids -> get("/ars/cpts/" + ids.cpts() + "/contrat")),
                scoped("GET /cpam/cpts/{id}/contrat", ids -> get("/cpam/cpts/" + ids.cpts() + "/contrat")),
                scoped("POST /ars/cpts/{id}/contrat", ids -> post("/ars/cpts/" + ids.cpts() + "/contrat")
                        .param("signatureDate", "2024-07-01")),
                scoped("POST /cpam/cpts/{id}/contrat", ids -> post("/cpam/cpts/" + ids.cpts() + "/contrat")
                        .param("signatureDate", "2024-07-01")),
                scoped(
                        "GET /ars/cpts/{id}/contrat/modifier",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/contrat/modifier")),
                scoped(
                        "GET /cpam/cpts/{id}/contrat/modifier",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/contrat/modifier")),
                scoped("POST /ars/cpts/{id}/contrat/modifier", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/contrat/modifier")
                        .param("version", "1")),
                scoped("POST /cpam/cpts/{id}/contrat/modifier", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/contrat/modifier")
                        .param("version", "1")),
                scoped("POST /ars/cpts/{id}/contrat/signature", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/contrat/signature")
                        .param("version", "1")),
                scoped("POST /cpam/cpts/{id}/contrat/signature", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/contrat/signature")
                        .param("version", "1")),
                scoped("POST /ars/cpts/{id}/contrat/avenant", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/contrat/avenant")
                        .param("reason", "")),
                scoped("POST /cpam/cpts/{id}/contrat/avenant", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/contrat/avenant")
                        .param("reason", "")),
                scoped(
                        "GET /ars/cpts/{id}/contrat/versions/{number}/pdf",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/contrat/versions/1/pdf")),
                scoped(
                        "GET /cpam/cpts/{id}/contrat/versions/{number}/pdf",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/contrat/versions/1/pdf")),
                scoped("POST /ars/cpts/{id}/contrat/simulation", ids -> post("/ars/cpts/" + ids.cpts()
                                + "/contrat/simulation")
                        .param("year", "1")),
                scoped("POST /cpam/cpts/{id}/contrat/simulation", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/contrat/simulation")
                        .param("year", "1")),
                scoped("POST /ars/cpts/{id}/contrat/fin", ids -> post("/ars/cpts/" + ids.cpts() + "/contrat/fin")
                        .param("reason", "")),
                scoped("POST /cpam/cpts/{id}/contrat/fin", ids -> post("/cpam/cpts/" + ids.cpts() + "/contrat/fin")
                        .param("reason", "")),
                scoped("POST /cpam/cpts/{id}/contrat/demarrage-verifie", ids -> post("/cpam/cpts/" + ids.cpts()
                                + "/contrat/demarrage-verifie")
                        .param("mission", "PREVENTION")),
                // journals (audit trail) of a CPTS
                plain("GET /porteur/journal", ids -> get("/porteur/journal")),
                plain("GET /porteur/journal.{format}", ids -> get("/porteur/journal.csv")),
                scoped("GET /porteur/cpts/{id}/journal", ids -> get("/porteur/cpts/" + ids.cpts() + "/journal")),
                scoped("GET /ars/cpts/{id}/journal", ids -> get("/ars/cpts/" + ids.cpts() + "/journal")),
                scoped("GET /ars/cpts/{id}/journal.{format}", ids -> get("/ars/cpts/" + ids.cpts() + "/journal.xlsx")),
                scoped("GET /cpam/cpts/{id}/journal", ids -> get("/cpam/cpts/" + ids.cpts() + "/journal")),
                scoped("GET /cpam/cpts/{id}/journal.{format}", ids -> get("/cpam/cpts/" + ids.cpts() + "/journal.csv")),
                // the public directory and map of the CPTS
                plain(
                        "GET /annuaire",
                        ids -> get("/annuaire").param("nom", "Matrice").param("etape", "CONTRAT_ACI")),
                plain("GET /annuaire.{format}", ids -> get("/annuaire.csv").param("departement", "33")),
                plain("GET /carte", ids -> get("/carte").param("departement", "33")),
                // the territorial diagnostic: public, and its data for administrators and ARS référents
                plain("GET /diagnostic", ids -> get("/diagnostic").param("communes", "33227")),
                plain("GET /admin/diagnostic", ids -> get("/admin/diagnostic")),
                plain("POST /admin/diagnostic", ids -> multipart("/admin/diagnostic")
                        .param("source", "")),
                plain("GET /ars/diagnostic", ids -> get("/ars/diagnostic")),
                plain("POST /ars/diagnostic", ids -> multipart("/ars/diagnostic")
                        .param("source", "")),
                // every list as a file, with the list's filters
                plain("GET /porteur/contrat/echeancier.{format}", ids -> get("/porteur/contrat/echeancier.csv")),
                scoped(
                        "GET /ars/cpts/{id}/contrat/echeancier.{format}",
                        ids -> get("/ars/cpts/" + ids.cpts() + "/contrat/echeancier.xlsx")),
                scoped(
                        "GET /cpam/cpts/{id}/contrat/echeancier.{format}",
                        ids -> get("/cpam/cpts/" + ids.cpts() + "/contrat/echeancier.csv")),
                plain("GET /ars/dossiers.{format}", ids -> get("/ars/dossiers.csv")
                        .param("etat", "SUBMITTED")
                        .param("anciennete", "7")),
                plain("GET /cpam/avis.{format}", ids -> get("/cpam/avis.xlsx")),
                plain("GET /ars/cpts.{format}", ids -> get("/ars/cpts.csv")),
                plain("GET /cpam/cpts.{format}", ids -> get("/cpam/cpts.xlsx")),
                plain(
                        "GET /admin/cpts.{format}",
                        ids -> get("/admin/cpts.csv").param("region", "75").param("nom", "Matrice")),
                plain("GET /ars/contrats.{format}", ids -> get("/ars/contrats.csv")),
                plain("GET /cpam/contrats.{format}", ids -> get("/cpam/contrats.xlsx")),
                plain("GET /ars/revues.{format}", ids -> get("/ars/revues.xlsx")),
                plain("GET /cpam/revues.{format}", ids -> get("/cpam/revues.csv")),
                plain("GET /ars/assistants-medicaux.{format}", ids -> get("/ars/assistants-medicaux.csv")),
                plain("GET /cpam/assistants-medicaux.{format}", ids -> get("/cpam/assistants-medicaux.xlsx")),
                plain(
                        "GET /admin/comptes.{format}",
                        ids -> get("/admin/comptes.csv").param("q", "ars").param("role", "ARS_OFFICER")));
        list.forEach(endpoint -> all.put(endpoint.key(), endpoint));
        return all;
    }

    private static Endpoint plain(String key, Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Endpoint(key, request, false, false, false);
    }

    private static Endpoint scoped(String key, Function<Ids, AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Endpoint(key, request, true, false, false);
    }
}
