package vn.dangbo.baocao.organisation;

import java.time.LocalDate;

/** A commune Party committee to create, with its first administrator (the production bootstrap). */
public record NewOrganisation(
        String code,
        String name,
        String superiorName,
        String placeName,
        String issuerCode,
        String shortName,
        LocalDate termStart,
        String adminUsername,
        String adminPassword) {

    @Override
    public String toString() {
        return "NewOrganisation[code=" + code + ", adminUsername=" + adminUsername + "]";
    }
}
