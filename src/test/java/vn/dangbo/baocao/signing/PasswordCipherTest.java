package vn.dangbo.baocao.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.dangbo.baocao.signing.store.PasswordCipher;

class PasswordCipherTest {

    private static final String KEY = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=";

    @Test
    void roundTripWithAFreshNonceEachTime() {
        PasswordCipher cipher = new PasswordCipher(KEY);
        byte[] first = cipher.encrypt("mật khẩu".toCharArray());
        byte[] second = cipher.encrypt("mật khẩu".toCharArray());

        assertThat(first).isNotEqualTo(second);
        assertThat(cipher.decrypt(first)).isEqualTo("mật khẩu".toCharArray());
    }

    @Test
    void anotherKeyCannotReadIt() {
        byte[] sealed = new PasswordCipher(KEY).encrypt("abc".toCharArray());
        PasswordCipher other = new PasswordCipher("HwECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=");

        assertThatThrownBy(() -> other.decrypt(sealed))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("APP_SIGNING_KEY");
    }

    @Test
    void withoutAKeyNothingIsEncrypted() {
        PasswordCipher none = new PasswordCipher("");

        assertThat(none.configured()).isFalse();
        assertThatThrownBy(() -> none.encrypt("abc".toCharArray()))
                .isInstanceOf(SigningException.class)
                .hasMessageContaining("APP_SIGNING_KEY");
    }
}
