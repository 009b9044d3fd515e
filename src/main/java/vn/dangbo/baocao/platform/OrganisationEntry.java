package vn.dangbo.baocao.platform;

import java.time.LocalDate;

/**
 * An organisation as the platform operator sees it: its settings, its superior and whether it is active.
 *
 * @param formatProfile the organisation's own profile, null when the installation's default applies
 */
public record OrganisationEntry(
        String code,
        String name,
        String superior,
        String place,
        String shortName,
        String issuerCode,
        LocalDate termStart,
        String formatProfile,
        String parentCode,
        boolean active) {}
