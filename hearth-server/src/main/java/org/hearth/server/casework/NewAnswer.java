package org.hearth.server.casework;

import java.time.LocalDate;

/**
 * What a key worker records: the question (an outcome's id, or a programme question's), yes or no, the
 * evidence that supports it, the day they assessed it, and the person it is about where it is about one.
 */
public record NewAnswer(String familyId, String personId, String question, Boolean answer, String evidence,
                        LocalDate assessedOn) {
}
