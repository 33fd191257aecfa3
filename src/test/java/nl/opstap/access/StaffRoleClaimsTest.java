package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class StaffRoleClaimsTest {

    private static final MunicipalityCode GM1708 = new MunicipalityCode("GM1708");
    private static final MunicipalityCode GM1701 = new MunicipalityCode("GM1701");
    private static final Set<MunicipalityCode> KNOWN = Set.of(GM1708, GM1701);

    @Test
    void mapsOpstapValuesToStaffRolesPerMunicipality() {
        assertThat(StaffRoleClaims.grants(List.of("opstap:CASEWORKER:GM1708", "opstap:CASEWORKER:GM1701",
                "opstap:ADMIN:GM1708"), KNOWN::contains))
                .isEqualTo(Map.of(Role.CASEWORKER, Set.of(GM1708, GM1701), Role.ADMIN, Set.of(GM1708)));
    }

    @Test
    void ignoresOtherApplicationsUnknownRolesNonStaffRolesAndUnknownMunicipalities() {
        assertThat(StaffRoleClaims.grants(List.of("andere-app:ADMIN:GM1708", "opstap:BAAS:GM1708", "opstap:JOB_SEEKER:GM1708",
                "opstap:EMPLOYER:GM1708", "opstap:ADMIN:GM9999", "opstap:ADMIN:1708", "opstap:ADMIN", "opstap:admin:GM1708"),
                KNOWN::contains)).isEmpty();
    }

    @Test
    void theIdpReportsMfaByAmrOrByAConfiguredAcr() {
        StaffSsoProperties properties = new StaffSsoProperties(true, "preferred_username", "groups", List.of("mfa", "otp"),
                List.of("urn:nl:eherkenning:loa:3"));
        assertThat(properties.reportsMfa(List.of("pwd", "mfa"), null)).isTrue();
        assertThat(properties.reportsMfa(List.of("pwd"), "urn:nl:eherkenning:loa:3")).isTrue();
        assertThat(properties.reportsMfa(List.of("pwd"), "urn:nl:eherkenning:loa:2")).isFalse();
        assertThat(properties.reportsMfa(null, null)).isFalse();
    }
}
