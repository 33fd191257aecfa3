package nl.opstap.portfolio;

import nl.opstap.shared.domain.Coded;

/** Where a job application stands, as the job seeker records it. */
public enum PortfolioApplicationStatus implements Coded {
    VERSTUURD("verstuurd"), GESPREK("gesprek"), AANGENOMEN("aangenomen"), AFGEWEZEN("afgewezen");

    private final String code;

    PortfolioApplicationStatus(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }
}
