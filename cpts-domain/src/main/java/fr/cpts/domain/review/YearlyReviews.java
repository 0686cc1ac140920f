package fr.cpts.domain.review;

import fr.cpts.domain.account.Actor;
import fr.cpts.domain.cpts.CptsId;
import fr.cpts.domain.shared.ArchivedDocument;
import fr.cpts.domain.shared.PdfFile;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where yearly reviews are kept, one per CPTS and contract year, with their declarations, assessments, history,
 * evidence and, once closed, the payment statement issued. A closed review is never rewritten.
 */
public interface YearlyReviews {

    Optional<VersionedReview> of(CptsId cpts, int contractYear);

    /** The review with what is filed with it, read together (for its page). */
    Optional<WithFiles> withFiles(CptsId cpts, int contractYear);

    /** Every review of these CPTS, by CPTS then year. */
    List<VersionedReview> ofCpts(Collection<CptsId> cpts);

    /**
     * Saves the review read at {@code expectedVersion} (0 for a new one) and returns its new version; refused with
     * {@link ReviewConflict} if someone saved it since.
     */
    long save(YearlyReview review, long expectedVersion);

    /**
     * Attaches a PDF to one indicator of a stored review the CPTS may still change (draft, corrections requested) and
     * returns its identifier; refused with {@link ReviewConflict} once the review is filed or closed.
     */
    long addEvidence(CptsId cpts, int contractYear, String indicator, PdfFile file, Actor by, Instant at);

    /** The CPTS and year a piece of evidence belongs to, and its file. */
    Optional<EvidenceFile> evidenceFile(long id);

    /**
     * Keeps the payment statement issued when the review was closed: its PDF and its figures as recorded at closing
     * (a JSON document the funding layer writes and reads; the domain keeps it as it is).
     */
    void archiveStatement(CptsId cpts, int contractYear, ArchivedDocument pdf, Optional<String> figures);

    /** The figures recorded when the review was closed, empty for a statement archived before they were. */
    Optional<String> statementFigures(CptsId cpts, int contractYear);

    /** The figures recorded at closing for each closed year of that contract version, by contract year, in one read. */
    Map<Integer, String> statementFiguresOf(CptsId cpts, int contractVersion);

    Optional<ArchivedDocument> statement(CptsId cpts, int contractYear);

    /** A review with what is filed with it. */
    record WithFiles(VersionedReview stored, ReviewFiles files) {}

    /** A piece of evidence with where it belongs. */
    record EvidenceFile(CptsId cpts, int contractYear, PdfFile file) {}
}
