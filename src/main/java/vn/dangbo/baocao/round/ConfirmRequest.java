package vn.dangbo.baocao.round;

import java.util.List;
import java.util.Map;

/**
 * The child's office confirms who signs and which chi bộ write (as in POST /api/reports); a correction names
 * its reason and replaces the report already issued.
 */
public record ConfirmRequest(
        String signerUsername, Map<String, String> assignments, List<String> participants, String correctionReason) {}
