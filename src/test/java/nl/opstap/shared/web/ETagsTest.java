package nl.opstap.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import nl.opstap.shared.domain.RuleViolation;

/** Properties (jqwik) of the If-Match header: every ETag Opstap gives reads back, and anything else is refused as bad input. */
class ETagsTest {

    @Property
    void everyVersionReadsBackFromItsETag(@ForAll int version) {
        assertThat(ETags.parse(ETags.of(version))).isEqualTo(version);
        assertThat(ETags.parse("W/" + ETags.of(version))).isEqualTo(version);
    }

    /** Whatever a client sends, the answer is a version or a bad-input problem (400), never another exception (500). */
    @Property(tries = 2000)
    void anyHeaderGivesAVersionOrBadInput(@ForAll("ifMatch") String ifMatch) {
        try {
            ETags.parse(ifMatch);
        } catch (RuleViolation badInput) {
            assertThat(badInput.violations()).extracting(RuleViolation.Violation::field).containsExactly("If-Match");
        }
    }

    @Property
    void aListOrAWildcardIsRefused(@ForAll("listOrWildcard") String ifMatch) {
        assertThatThrownBy(() -> ETags.parse(ifMatch)).isInstanceOf(RuleViolation.class);
    }

    @Provide
    Arbitrary<String> ifMatch() {
        return Arbitraries.oneOf(Arbitraries.strings().all().ofMaxLength(30), Arbitraries.strings().withChars("W/\" 0123456789-+,.*")
                .ofMaxLength(12), Arbitraries.of("\"99999999999999999999\"", "\"0x1F\"", "\"1.5\"", "\"1e3\""));
    }

    @Provide
    Arbitrary<String> listOrWildcard() {
        return Arbitraries.oneOf(Arbitraries.just("*"), Arbitraries.integers().list().ofMinSize(2).ofMaxSize(4)
                .map(versions -> String.join(", ", versions.stream().map(ETags::of).toList())));
    }
}
