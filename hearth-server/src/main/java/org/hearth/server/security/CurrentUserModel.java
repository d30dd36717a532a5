package org.hearth.server.security;

import java.util.List;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The signed-in user for controllers (a {@link CurrentUser} parameter) and for every page's header (the model's
 * {@code currentUser}, null on the sign-in page).
 */
@ControllerAdvice
class CurrentUserModel implements WebMvcConfigurer {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(new CurrentUserArgument());
    }

    @ModelAttribute("currentUser")
    CurrentUser currentUser(CurrentUser user) {
        return user;
    }
}
