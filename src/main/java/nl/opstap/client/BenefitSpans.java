package nl.opstap.client;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Benefit histories for modules that compute from them (durability of an outflow, re-entry). A system read: the
 * caller has checked that the clients lie in the user's scope and logs its own processing.
 */
@Service
public class BenefitSpans {

    private final JdbcClient jdbc;

    BenefitSpans(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Each client's benefit periods, oldest first (clients without any are absent). */
    public Map<ClientId, List<BenefitSpan>> of(Collection<ClientId> clients) {
        Map<ClientId, List<BenefitSpan>> out = new HashMap<>();
        if (clients.isEmpty()) {
            return out;
        }
        List<UUID> ids = clients.stream().map(ClientId::value).distinct().toList();
        for (int from = 0; from < ids.size(); from += 1000) {
            jdbc.sql("""
                    SELECT client_id, status, valid_from, valid_to FROM client_benefit_status WHERE client_id IN (:ids)
                    ORDER BY client_id, valid_from""").param("ids", ids.subList(from, Math.min(ids.size(), from + 1000)))
                    .query(rs -> {
                        out.computeIfAbsent(new ClientId(rs.getObject(1, UUID.class)), k -> new ArrayList<>())
                                .add(new BenefitSpan(BenefitStatus.valueOf(rs.getString(2)), rs.getObject(3, LocalDate.class),
                                        rs.getObject(4, LocalDate.class)));
                    });
        }
        return out;
    }

    public List<BenefitSpan> of(ClientId client) {
        return of(List.of(client)).getOrDefault(client, List.of());
    }
}
