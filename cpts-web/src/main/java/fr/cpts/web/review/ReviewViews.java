package fr.cpts.web.review;

import fr.cpts.domain.account.Account;
import fr.cpts.domain.shared.DomainException;
import fr.cpts.domain.shared.PdfFile;
import fr.cpts.web.document.PdfDownloads;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * What the three parties' review pages share: the review page (with a simulation), the statement page and PDF, the
 * evidence downloads, the flash messages after a move, and the reading of the forms (values by indicator position,
 * uploaded files).
 */
final class ReviewViews {

    /** The most indicators a form is read for. */
    private static final int MAX_INDICATORS = 500;

    private ReviewViews() {}

    static String page(ReviewQueries service, Account person, Long cptsId, int year, Model model) {
        ReviewPage page = service.page(person, cptsId, year);
        model.addAttribute("page", page);
        if (page.closeReady()) {
            model.addAttribute("closeConfirmation", CloseConfirmation.of(page));
        }
        model.addAttribute("maxMegabytes", service.maxEvidenceBytes() / (1024 * 1024));
        return "review/review";
    }

    /** The review page with the payment the values typed would give, or why they cannot be read; nothing saved. */
    static String simulation(
            ReviewQueries service, Account person, Long cptsId, int year, Map<String, String> form, Model model) {
        List<String> values = indexed(form, "value-");
        try {
            Simulation simulation = service.simulate(person, cptsId, year, values);
            model.addAttribute("simulation", simulation);
            model.addAttribute("simulationValues", simulation.entered());
        } catch (DomainException refused) {
            model.addAttribute("simulationError", refused.getMessage());
            model.addAttribute("simulationValues", values);
        }
        return page(service, person, cptsId, year, model);
    }

    /** The statement page; back to the review with the reason when it is not issued yet. */
    static String statement(
            ReviewQueries service,
            Account person,
            Long cptsId,
            int year,
            String reviewAddress,
            Model model,
            RedirectAttributes redirect) {
        try {
            model.addAttribute("statement", service.statement(person, cptsId, year));
            return "review/statement";
        } catch (DomainException notYet) {
            redirect.addFlashAttribute("error", notYet.getMessage());
            return "redirect:" + reviewAddress;
        }
    }

    /** The archived PDF, as a download; back to the review with the reason when it is not issued yet. */
    static ResponseEntity<byte[]> statementPdf(
            ReviewQueries service,
            Account person,
            Long cptsId,
            int year,
            String reviewAddress,
            HttpServletRequest request,
            HttpServletResponse response) {
        try {
            return PdfDownloads.archived(service.statementPdf(person, cptsId, year));
        } catch (DomainException notYet) {
            FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
            flash.put("error", notYet.getMessage());
            RequestContextUtils.saveOutputFlashMap(reviewAddress, request, response);
            return ResponseEntity.status(HttpStatus.FOUND)
                    .location(URI.create(request.getContextPath() + reviewAddress))
                    .build();
        }
    }

    /** A piece of evidence, always downloaded, never shown inline. */
    static ResponseEntity<byte[]> evidence(PdfFile pdf) {
        return PdfDownloads.attachment(pdf.filename(), pdf.content());
    }

    /** The fields {@code <prefix>0}, {@code <prefix>1}…, in order, null for a missing one. */
    static List<String> indexed(Map<String, String> form, String prefix) {
        Pattern field = Pattern.compile(Pattern.quote(prefix) + "(\\d{1,3})");
        int count = 0;
        for (String name : form.keySet()) {
            Matcher matcher = field.matcher(name);
            if (matcher.matches()) {
                count = Math.max(count, Math.min(MAX_INDICATORS, Integer.parseInt(matcher.group(1)) + 1));
            }
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            values.add(form.get(prefix + i));
        }
        return values;
    }

    static ReviewDeclaration.UploadedFile read(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return new ReviewDeclaration.UploadedFile(file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
