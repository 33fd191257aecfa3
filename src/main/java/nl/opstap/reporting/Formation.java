package nl.opstap.reporting;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Rule: the formation of a team (seed 003, Tabel II and "Formatie"). Per perspective fte = clients ÷ caseload norm;
 * the fixed items are added; with a cost per fte the budget is formation × cost. Every figure is kept unrounded
 * (4 decimals for fte, cents for euro) and rounded (1 decimal for fte, whole euro) so a reader can check the sums.
 * A perspective with clients but no norm gets no fte and is named, rather than silently counted as 0.
 */
record Formation(List<Line> caseload, BigDecimal caseloadFte, List<Line> items, BigDecimal itemsFte, BigDecimal totalFte,
                 @Nullable BigDecimal costPerFte, @Nullable BigDecimal budget, List<String> withoutNorm) {

    /** A line: clients and norm for a perspective (null for a fixed item), and its fte. */
    record Line(String code, @Nullable Long clients, @Nullable BigDecimal norm, @Nullable BigDecimal fte) {
        public @Nullable BigDecimal rounded() {
            return fte == null ? null : roundFte(fte);
        }
    }

    static final int FTE_SCALE = 4;

    static Formation of(List<String> perspectives, Map<String, Long> clients, Map<String, BigDecimal> norms,
                        Map<String, BigDecimal> items, @Nullable BigDecimal costPerFte) {
        List<Line> caseload = new ArrayList<>();
        List<String> withoutNorm = new ArrayList<>();
        BigDecimal caseloadFte = BigDecimal.ZERO;
        for (String perspective : perspectives) {
            long count = clients.getOrDefault(perspective, 0L);
            BigDecimal norm = norms.get(perspective);
            BigDecimal fte = norm == null || norm.signum() <= 0 ? null
                    : BigDecimal.valueOf(count).divide(norm, MathContext.DECIMAL64).setScale(FTE_SCALE, RoundingMode.HALF_UP);
            if (fte == null && count > 0) {
                withoutNorm.add(perspective);
            }
            caseload.add(new Line(perspective, count, norm, fte));
            caseloadFte = fte == null ? caseloadFte : caseloadFte.add(fte);
        }
        List<Line> itemLines = new ArrayList<>();
        BigDecimal itemsFte = BigDecimal.ZERO;
        for (Map.Entry<String, BigDecimal> item : items.entrySet()) {
            if (item.getValue().signum() > 0) {
                itemLines.add(new Line(item.getKey(), null, null, item.getValue()));
                itemsFte = itemsFte.add(item.getValue());
            }
        }
        BigDecimal total = caseloadFte.add(itemsFte);
        BigDecimal budget = costPerFte == null ? null : total.multiply(costPerFte).setScale(2, RoundingMode.HALF_UP);
        return new Formation(caseload, caseloadFte, itemLines, itemsFte, total, costPerFte, budget, withoutNorm);
    }

    static BigDecimal roundFte(BigDecimal fte) {
        return fte.setScale(1, RoundingMode.HALF_UP);
    }

    static BigDecimal roundEuro(BigDecimal euro) {
        return euro.setScale(0, RoundingMode.HALF_UP);
    }
}
