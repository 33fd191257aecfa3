package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The portfolio in the API, with Dutch property names (NL API Design Rules). */
record PortfolioResource(@JsonProperty("naam") String name, @JsonProperty("onderdelen") List<Entry> entries,
                         @JsonProperty("activiteiten") List<Activity> activities, @JsonProperty("testuitslagen") List<Test> tests,
                         @JsonProperty("opmerkingen") List<Comment> comments, @JsonProperty("documenten") List<Document> documents,
                         @JsonProperty("cvGegevens") CvContact contact) {

    @Schema(name = "PortfolioEntry")
    record Entry(@JsonProperty("id") UUID id, @JsonProperty("onderdeel") String section, @JsonProperty("titel") String title,
                 @JsonProperty("plaats") String place, @JsonProperty("niveau") @Nullable String level,
                 @JsonProperty("vaardigheid") @Nullable String skill, @JsonProperty("van") @Nullable LocalDate from,
                 @JsonProperty("tot") @Nullable LocalDate to, @JsonProperty("diploma") boolean diploma, @JsonProperty("tekst") String body,
                 @JsonProperty("versie") int version) {

        static Entry of(PortfolioEntry e) {
            return new Entry(e.id().value(), e.section().code(), e.title(), e.place(), e.level(), e.skillKey(), e.from(), e.to(),
                    e.diploma(), e.body(), e.version());
        }
    }

    record Activity(@JsonProperty("naam") String name, @JsonProperty("begin") LocalDate start, @JsonProperty("einde") @Nullable LocalDate end,
                    @JsonProperty("status") String status) {}

    record Test(@JsonProperty("test") String test, @JsonProperty("aanbieder") String provider, @JsonProperty("datum") LocalDate date,
                @JsonProperty("uitslag") String result) {}

    record Comment(@JsonProperty("onderdeelId") @Nullable UUID entry, @JsonProperty("tekst") String body,
                   @JsonProperty("auteur") String author, @JsonProperty("geplaatstOp") Instant at) {}

    record Document(@JsonProperty("id") UUID id, @JsonProperty("soort") String kind, @JsonProperty("naam") String name,
                    @JsonProperty("mediatype") String mediaType, @JsonProperty("grootte") int size, @JsonProperty("sha256") String sha256,
                    @JsonProperty("geuploadOp") Instant uploadedAt, @JsonProperty("door") String by) {

        static Document of(PortfolioDocument d) {
            return new Document(d.id().value(), d.kind().code(), d.name(), d.mediaType(), d.size(), d.sha256(), d.uploadedAt(), d.uploadedBy());
        }
    }

    static PortfolioResource of(PortfolioView v) {
        return new PortfolioResource(v.client().fullName(),
                v.entries().values().stream().flatMap(List::stream).map(Entry::of).toList(),
                v.activities().stream().map(a -> new Activity(a.name(), a.start(), a.end(), a.status())).toList(),
                v.tests().stream().map(t -> new Test(t.test(), t.provider(), t.date(), t.result())).toList(),
                v.comments().stream().map(c -> new Comment(c.entry() == null ? null : c.entry().value(), c.body(), c.authorName(),
                        c.createdAt())).toList(),
                v.documents().stream().map(Document::of).toList(), v.contact());
    }
}
