package vn.dangbo.baocao.issuance;

/** The public verification page's path, shared with the security configuration. */
public final class VerifyRoute {

    public static final String PATH = "kiem-tra-van-ban";

    private VerifyRoute() {}
}
