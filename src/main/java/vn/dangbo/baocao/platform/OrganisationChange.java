package vn.dangbo.baocao.platform;

import java.time.LocalDate;

/**
 * A change of an organisation's settings; a field left out (null) keeps its value. An empty formatProfile goes
 * back to the installation's default, an empty parentCode leaves the organisation without a superior.
 */
public record OrganisationChange(
        String name,
        String superior,
        String place,
        String shortName,
        String issuerCode,
        LocalDate termStart,
        String formatProfile,
        String parentCode) {}
