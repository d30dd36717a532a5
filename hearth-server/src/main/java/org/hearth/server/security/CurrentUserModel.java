package org.hearth.server.security;

import java.util.List;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The signed-in user for controllers (a {@link CurrentUser} parameter) and for every page's header (the model's
 * {@code currentUser}, null on the sign-in page; and {@code localSignIn}, true when they signed in with a Hearth
 * password, so may set up a second factor: the header links to it).
 */
@ControllerAdvice
class CurrentUserModel implements WebMvcConfigurer {
    private final TwoFactorPolicy twoFactor;

    CurrentUserModel(TwoFactorPolicy twoFactor) {
        this.twoFactor = twoFactor;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgument(twoFactor));
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }

    @ModelAttribute("localSignIn")
    boolean localSignIn(CurrentUser user) {
        return user != null && SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof UserAccount;
    }
}
