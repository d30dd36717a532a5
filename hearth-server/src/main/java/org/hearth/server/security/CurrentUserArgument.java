package org.hearth.server.security;

import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a controller method's {@link CurrentUser} parameter the signed-in user: null on a public page, and for a
 * sign-in that still owes its one-time code ({@link TwoFactorPolicy}), which is no one's yet.
 */
final class CurrentUserArgument implements HandlerMethodArgumentResolver {
    private final TwoFactorPolicy twoFactor;

    CurrentUserArgument(TwoFactorPolicy twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == CurrentUser.class;
    }

    @Override
    public CurrentUser resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
                                       WebDataBinderFactory binders) {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof SignedIn principal && !twoFactor.owed(signedIn)
                ? principal.user() : null;
    }
}
