/**
 * The platform's PDF documents: the tripartite ACI contract ({@link fr.cpts.web.document.ContractDocument}) and the
 * yearly payment statement ({@link fr.cpts.web.document.StatementDocument}), written in French from the XHTML templates
 * of {@code templates/pdf/} by {@link fr.cpts.web.document.ContractPdfs}, each returned with the SHA-256 of its bytes
 * ({@link fr.cpts.web.document.PdfDocument}).
 *
 * <p>The text is set in DejaVu Sans (TrueType, embedded as a subset), which shows the accents, « € » and the narrow
 * no-break spaces (U+202F) of French numbers; the fonts come from the {@code net.sf.jasperreports:jasperreports-fonts}
 * artifact, nothing is downloaded at run time. A PDF refers to no external resource (none is ever fetched).
 */
package fr.cpts.web.document;
