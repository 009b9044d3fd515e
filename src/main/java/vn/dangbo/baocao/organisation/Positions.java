package vn.dangbo.baocao.organisation;

import java.util.List;

/** The signature titles of the leadership (the line under "T/M BAN THƯỜNG VỤ"). */
public final class Positions {

    public static final String SECRETARY = "BÍ THƯ";
    public static final String DEPUTY_SECRETARY = "PHÓ BÍ THƯ";
    public static final List<String> ALL = List.of(SECRETARY, DEPUTY_SECRETARY);

    private Positions() {}
}
