package nl.opstap.reporting;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import nl.opstap.shared.domain.NotFoundException;
import org.springframework.stereotype.Component;

/** Every report by key, in the order of the reports page. */
@Component
class ReportCatalogue {

    private final List<ReportDefinition> reports;

    ReportCatalogue(List<ReportDefinition> reports) {
        this.reports = reports.stream().sorted(Comparator.comparingInt(ReportDefinition::order)).toList();
    }

    List<ReportDefinition> all() {
        return reports;
    }

    ReportDefinition byKey(String key) {
        return find(key).orElseThrow(() -> new NotFoundException("Rapportage"));
    }

    Optional<ReportDefinition> find(String key) {
        return reports.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
