package nl.opstap.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TotpSecretTest {

    @Test
    void aRandomSecretHas160BitsInBase32AndNeverShowsInToString() {
        TotpSecret secret = TotpSecret.random();
        assertThat(secret.base32()).matches("[A-Z2-7]{32}");
        assertThat(secret.toString()).doesNotContain(secret.base32());
        assertThat(TotpSecret.random()).isNotEqualTo(secret);
    }

    @Test
    void showsTheSecretInGroupsOfFourForTypingItOver() {
        assertThat(new TotpSecret("OPSTAPDEMOTOTPGEHEIMVOORBEHEER23").grouped())
                .isEqualTo("OPST APDE MOTO TPGE HEIM VOOR BEHE ER23");
        assertThat(new TotpSecret("opst apde moto tpge").base32()).isEqualTo("OPSTAPDEMOTOTPGE");
    }

    @Test
    void buildsTheOtpauthUriWithIssuerAndAccount() {
        assertThat(new TotpSecret("OPSTAPDEMOTOTPGEHEIMVOORBEHEER23").uri("Opstap", "beheer.igsd"))
                .isEqualTo("otpauth://totp/Opstap:beheer.igsd?secret=OPSTAPDEMOTOTPGEHEIMVOORBEHEER23&issuer=Opstap"
                        + "&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void refusesWhatIsNotBase32() {
        assertThatThrownBy(() -> new TotpSecret("0189")).isInstanceOf(IllegalArgumentException.class);
    }
}
