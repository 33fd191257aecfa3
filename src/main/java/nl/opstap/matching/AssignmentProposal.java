package nl.opstap.matching;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.UUID;

/**
 * A proposed bulk assignment for a person to review: per vacancy its places, candidates and the places filled; the
 * proposed rows with each score's explanation; the total score and, for comparison, the total a greedy pass (the best
 * single pair first) would reach. Nothing is stored until the reviewer proposes the rows they keep.
 */
record AssignmentProposal(@JsonProperty("vacatures") List<Place> places, @JsonProperty("toewijzingen") List<Row> rows,
                          @JsonProperty("totaleScore") double total, @JsonProperty("totaleScoreBesteEerst") double greedyTotal) {

    /** A chosen vacancy: its places, how many candidates it had and how many places the proposal fills. */
    record Place(@JsonProperty("vacatureId") UUID id, @JsonProperty("titel") String title, @JsonProperty("omschrijving") String subtitle,
                 @JsonProperty("plaatsen") int positions, @JsonProperty("kandidaten") int candidates,
                 @JsonProperty("toegewezen") int assigned) {}

    /** One proposed pair, with the score's explanation as it would be logged with the proposal. */
    @Schema(name = "AssignmentRow")
    record Row(@JsonProperty("vacatureId") UUID vacancyId, @JsonProperty("vacature") String vacancy,
               @JsonProperty("werkzoekendeId") UUID clientId, @JsonProperty("werkzoekende") String client,
               @JsonProperty("gemeente") String municipality, @JsonProperty("score") double score,
               @JsonProperty("uitleg") String explanation) {

        /** The value of this row's checkbox: "vacancyId:clientId". */
        public String choice() {
            return vacancyId + ":" + clientId;
        }

        public String scoreShown() {
            return ExplanationText.number(score);
        }
    }

    public String totalShown() {
        return ExplanationText.number(total);
    }

    public String greedyShown() {
        return ExplanationText.number(greedyTotal);
    }

    public String gainShown() {
        return ExplanationText.number(total - greedyTotal);
    }

    /** Whether the optimum reaches more than the greedy pass (shown rounded to one decimal). */
    public boolean beatsGreedy() {
        return Math.round(total * 10) > Math.round(greedyTotal * 10);
    }
}
