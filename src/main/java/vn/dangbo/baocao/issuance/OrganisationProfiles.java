package vn.dangbo.baocao.issuance;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Which format profile an organisation's document is rendered and numbered in: the template's own if it declares
 * one, else the organisation's (organisation.format_profile), else the installation's (app.format-profile).
 */
@Component
public class OrganisationProfiles {

    private final JdbcClient jdbc;
    private final FormatProfile installation;
    private final Map<String, FormatProfile> loaded = new ConcurrentHashMap<>();

    OrganisationProfiles(JdbcClient jdbc, FormatProfile installation) {
        this.jdbc = jdbc;
        this.installation = installation;
    }

    public FormatProfile of(long organisationId) {
        return of(organisationId, null);
    }

    /** @param templateProfile the template's declared profile id, or null */
    public FormatProfile of(long organisationId, String templateProfile) {
        String id = templateProfile != null
                ? templateProfile
                : jdbc.sql("select format_profile from organisation where id = ?")
                        .param(organisationId)
                        .query(String.class)
                        .optional()
                        .orElse(null);
        return id == null || id.equals(installation.id())
                ? installation
                : loaded.computeIfAbsent(id, FormatProfiles::load);
    }

    DocumentRenderer renderer(FormatProfile profile) {
        return new DocxRenderer(profile);
    }

    /** Whether a profile of that id is bundled (classpath:format-profiles/<id>.yml). */
    public static boolean exists(String id) {
        try {
            FormatProfiles.load(id);
            return true;
        } catch (RuntimeException unknown) {
            return false;
        }
    }
}
