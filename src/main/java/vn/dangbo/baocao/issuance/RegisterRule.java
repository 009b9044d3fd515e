package vn.dangbo.baocao.issuance;

import java.time.LocalDate;
import vn.dangbo.baocao.issuance.FormatProfile.RegisterRestart;

/**
 * Which register a number is taken from, by the profile's restart rule: TERM keys the register on the term
 * start (numbers run on for the whole term), YEAR on 1 January of the issue year. The configured first number
 * belongs to the register that begins with the configured start; every later register starts at 1.
 */
record RegisterRule(RegisterRestart restart) {

    LocalDate start(RegisterSetting setting, LocalDate issuedOn) {
        return restart == RegisterRestart.YEAR ? issuedOn.withDayOfYear(1) : setting.termStart();
    }

    int firstNumber(RegisterSetting setting, LocalDate issuedOn) {
        return start(setting, issuedOn).equals(start(setting, setting.termStart())) ? setting.firstNumber() : 1;
    }
}
