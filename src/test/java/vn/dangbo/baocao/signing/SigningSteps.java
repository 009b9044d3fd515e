package vn.dangbo.baocao.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import vn.dangbo.baocao.ApiClient;
import vn.dangbo.baocao.Scenario;
import vn.dangbo.baocao.TestCommune;

/** The keystores the signing tests install through the administrators' API, each issued by a {@link TestCa}. */
public final class SigningSteps {

    /** The subject of the organisation's own certificate, whose signature follows the signer's. */
    public static final String ORGANISATION_SUBJECT = "CN=Đảng ủy xã Xuân Hưng,C=VN";

    private SigningSteps() {}

    /** The organisation's keystore, issued by {@code ca}, and the secretary's ("bithu") {@code signerPkcs12}. */
    public static void installKeys(int port, TestCommune commune, TestCa ca, byte[] signerPkcs12) {
        install(port, commune, null, ca.issuePkcs12(ORGANISATION_SUBJECT));
        installSigner(port, commune, signerPkcs12);
    }

    /** Installs (or replaces) the secretary's keystore. */
    public static void installSigner(int port, TestCommune commune, byte[] pkcs12) {
        install(port, commune, commune.prefix() + "bithu", pkcs12);
    }

    /** As the commune's administrator: the keystore of the user, or the organisation's when username is null. */
    private static void install(int port, TestCommune commune, String username, byte[] pkcs12) {
        var body = new HashMap<String, Object>();
        body.put("username", username);
        body.put("pkcs12", Base64.getEncoder().encodeToString(pkcs12));
        body.put("password", new String(TestCa.PASSWORD));
        ApiClient.Response response =
                new Scenario(port, commune.prefix()).as("admin").put("/api/admin/signing-keys", body);
        assertThat(response.status())
                .as(new String(response.bytes(), StandardCharsets.UTF_8))
                .isEqualTo(204);
    }
}
