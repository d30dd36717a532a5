package org.hearth.server.composition;

import java.time.LocalDate;

import org.hearth.engine.timeline.Vocabulary;
import org.hearth.io.link.CompositionDecision.Change;

/**
 * A decision on a family's composition as a coordinator asks for it, before it is checked and numbered; its parts are
 * {@link org.hearth.io.link.CompositionDecision}'s (a part the change does not take is null).
 */
public record NewCompositionDecision(String familyId, String personId, Change change, Vocabulary.Role role,
                                     boolean parentingResponsibility, LocalDate from, String note) {
}
