package nl.opstap.portfolio;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One portfolio entry as the job seeker fills it in (screen form and API body). Which fields count depends on the
 * section ({@link PortfolioEntryRules}): title is the education, function or referee; place the school, employer or
 * where applied; level an education level or application status; skill an ESCO or competence key; body the tasks,
 * notes, learning point or reference letter.
 */
public record PortfolioEntryForm(@JsonProperty("onderdeel") @Nullable String section,
                                 @JsonProperty("titel") @Nullable String title,
                                 @JsonProperty("plaats") @Nullable String place,
                                 @JsonProperty("niveau") @Nullable String level,
                                 @JsonProperty("vaardigheid") @Nullable String skill,
                                 @JsonProperty("van") @Nullable LocalDate from,
                                 @JsonProperty("tot") @Nullable LocalDate to,
                                 @JsonProperty("diploma") @Nullable Boolean diploma,
                                 @JsonProperty("tekst") @Nullable String body,
                                 @JsonProperty("versie") @Nullable Integer version) {

    static PortfolioEntryForm empty(PortfolioSection section) {
        return new PortfolioEntryForm(section.code(), null, null, null, null, null, null, false, null, 0);
    }

    PortfolioEntryForm inSection(PortfolioSection section) {
        return new PortfolioEntryForm(section.code(), title, place, level, skill, from, to, diploma, body, version);
    }

    PortfolioEntryForm withVersion(int newVersion) {
        return new PortfolioEntryForm(section, title, place, level, skill, from, to, diploma, body, newVersion);
    }
}
