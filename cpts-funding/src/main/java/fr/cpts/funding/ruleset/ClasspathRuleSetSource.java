package fr.cpts.funding.ruleset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rule sets shipped with the application: JSON files under {@code fr/cpts/funding/rulesets/},
 * listed per family in {@code index.json}. Read once, when constructed.
 */
public final class ClasspathRuleSetSource<P extends RuleSetParameters> implements RuleSetSource<P> {

    private static final String FOLDER = "/fr/cpts/funding/rulesets/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** The version of the file format this reader understands (module README). */
    private static final long FORMAT_VERSION = 1;

    private final RuleSets<P> ruleSets;

    /** Reads every file the index lists for the family (e.g. {@code "aci"}). */
    public ClasspathRuleSetSource(String family, ParametersReader<P> reader) {
        Objects.requireNonNull(family, "family");
        RuleSetNode index = read("index.json").object(family);
        List<RuleSet<P>> loaded = index.texts("files").stream()
                .map(file -> ruleSet(file, family, reader))
                .toList();
        this.ruleSets = new RuleSets<>(index.text("label"), loaded);
    }

    @Override
    public RuleSets<P> ruleSets() {
        return ruleSets;
    }

    private static <P extends RuleSetParameters> RuleSet<P> ruleSet(
            String file, String family, ParametersReader<P> reader) {
        RuleSetNode root = read(file);
        if (root.wholeNumber("formatVersion") != FORMAT_VERSION) {
            throw root.invalid("version de format " + root.wholeNumber("formatVersion")
                    + " non prise en charge (attendue : " + FORMAT_VERSION + ")");
        }
        if (!family.equals(root.text("family"))) {
            throw root.invalid("il appartient à la famille « " + root.text("family") + " », pas « " + family + " »");
        }
        RuleSetNode legal = root.object("legalReference");
        return new RuleSet<>(
                root.text("name"),
                new LegalReference(legal.text("text"), legal.date("date")),
                new EffectivePeriod(root.date("effectiveFrom"), root.optionalDate("effectiveTo")),
                reader.read(root.object("parameters")));
    }

    private static RuleSetNode read(String file) {
        try (InputStream input = ClasspathRuleSetSource.class.getResourceAsStream(FOLDER + file)) {
            if (input == null) {
                throw new IllegalStateException("Fichier de barème introuvable : " + FOLDER + file + ".");
            }
            return new RuleSetNode(JSON.readTree(input), file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JacksonException e) {
            throw new IllegalStateException(
                    "Fichier de barème « " + file + " » illisible : " + e.getOriginalMessage(), e);
        }
    }
}
