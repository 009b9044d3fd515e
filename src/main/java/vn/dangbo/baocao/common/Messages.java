package vn.dangbo.baocao.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The one bundle of user-facing texts (messages.properties, Vietnamese, UTF-8). */
public final class Messages {

    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("messages", Locale.ROOT);

    private Messages() {}

    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = BUNDLE.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, VIETNAMESE).format(args);
    }
}
