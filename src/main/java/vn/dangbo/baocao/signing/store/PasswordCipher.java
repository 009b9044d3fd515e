package vn.dangbo.baocao.signing.store;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import vn.dangbo.baocao.common.Messages;
import vn.dangbo.baocao.signing.SigningException;

/**
 * Keystore passwords at rest: AES-256-GCM, a fresh 12-byte nonce per password stored in front of the
 * ciphertext. The key (32 bytes, Base64) comes from the environment only; without it nothing is stored.
 */
public final class PasswordCipher {

    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final SecretKeySpec key;

    public PasswordCipher(String base64Key) {
        byte[] raw = base64Key == null || base64Key.isBlank() ? new byte[0] : decode(base64Key.trim());
        this.key = raw.length == 32 ? new SecretKeySpec(raw, "AES") : null;
        Arrays.fill(raw, (byte) 0);
    }

    public boolean configured() {
        return key != null;
    }

    public byte[] encrypt(char[] password) {
        ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        byte[] plain = Arrays.copyOf(encoded.array(), encoded.limit());
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            byte[] nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce);
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(NONCE + sealed.length)
                    .put(nonce)
                    .put(sealed)
                    .array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("password encryption failed", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    public char[] decrypt(byte[] stored) {
        byte[] plain = null;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(stored, NONCE));
            plain = cipher.doFinal(stored, NONCE, stored.length - NONCE);
            CharBuffer chars = StandardCharsets.UTF_8.decode(ByteBuffer.wrap(plain));
            char[] password = Arrays.copyOf(chars.array(), chars.limit());
            Arrays.fill(chars.array(), '\0');
            return password;
        } catch (GeneralSecurityException e) {
            throw new SigningException(Messages.get("signing.key.wrong"));
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private Cipher cipher(int mode, byte[] nonce) throws GeneralSecurityException {
        if (key == null) {
            throw new SigningException(Messages.get("signing.key.missing"));
        }
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        return cipher;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return new byte[0];
        }
    }
}
