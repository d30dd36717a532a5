package org.hearth.server.reports;

import java.util.List;

import org.hearth.server.claims.Claim;
import org.hearth.server.claims.ClaimRegister;
import org.hearth.server.security.Access;
import org.springframework.stereotype.Service;

/**
 * The claims a user's report counts ({@link ClaimsReport}): every claim in the register the user may see, as the
 * claims pages show them ({@link Access#claimsVisibleTo}: a manager's team's families, a partner organisation's own
 * claims).
 */
@Service
class ClaimsPrepared {
    private final ClaimRegister register;

    ClaimsPrepared(ClaimRegister register) {
        this.register = register;
    }

    ClaimsReport report(Access.VisibleClaims visible) {
        List<Claim> claims = register.all().stream().filter(claim -> visible.includes(claim.familyId(), claim.organisation()))
                .toList();
        return ClaimsReport.of(claims);
    }
}
