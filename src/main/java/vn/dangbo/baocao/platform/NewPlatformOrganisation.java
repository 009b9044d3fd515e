package vn.dangbo.baocao.platform;

import java.time.LocalDate;

/**
 * An organisation the platform operator creates, with its first administrator.
 *
 * @param formatProfile party-36 or state-30; null for the installation's default
 * @param parentCode the superior organisation's code; null for none
 */
public record NewPlatformOrganisation(
        String code,
        String name,
        String superior,
        String place,
        String shortName,
        String issuerCode,
        LocalDate termStart,
        String formatProfile,
        String parentCode,
        FirstAdmin admin) {

    /** The organisation's first administrator. */
    public record FirstAdmin(String username, String password, String fullName) {
        @Override
        public String toString() {
            return "FirstAdmin[username=" + username + "]";
        }
    }
}
