package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.opstap.organisation.MunicipalityCode;
import org.junit.jupiter.api.Test;

class RoleGridTest {

    @Test
    void parsesCheckedCellsAndIgnoresAnythingElse() {
        var grants = RoleGrid.parse(List.of("CASEWORKER@GM1708", "ANALYST@GM1701", "JOB_SEEKER@GM1708", "ROOT@GM1708",
                "CASEWORKER@XX", "garbage"));

        assertThat(grants).containsOnlyKeys(Role.CASEWORKER, Role.ANALYST);
        assertThat(grants.get(Role.CASEWORKER)).containsExactly(new MunicipalityCode("GM1708"));
        assertThat(RoleGrid.cells(grants)).containsExactly("ANALYST@GM1701", "CASEWORKER@GM1708");
    }
}
